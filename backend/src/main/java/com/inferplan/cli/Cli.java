package com.inferplan.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Headless subcommands of the app jar; each prints CSV or JSON and returns an exit code. */
public final class Cli {

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, Command> commands = new TreeMap<>();

    public Cli(PrintStream out, PrintStream err) {
        this(out, err, System.getenv());
    }

    /** {@code environment}: where commands read secrets such as INFERPLAN_PASSWORD. */
    public Cli(PrintStream out, PrintStream err, Map<String, String> environment) {
        this.out = out;
        this.err = err;
        register(new CatalogCommand());
        register(new ProfileCommand());
        register(new CostCommand());
        register(new EvaluateCommand());
        register(new SweepCommand());
        register(new ValidateCommand());
        register(new CalibrateCommand());
        register(new SimulateCommand());
        register(new ReportCommand());
        register(new PortfolioCommand());
        register(new UserAddCommand(environment));
    }

    private void register(Command command) {
        commands.put(command.name(), command);
    }

    private static final Set<String> HELP = Set.of("--help", "-h", "help");
    private static final String VERSION = "--version";

    /** A subcommand, help or the version: everything else (none, or Spring options) starts the web app. */
    public static boolean handles(String[] args) {
        return args.length > 0 && (!args[0].startsWith("-") || HELP.contains(args[0]) || VERSION.equals(args[0]));
    }

    public int run(String[] args) {
        if (HELP.contains(args[0])) {
            out.println("InferPlan " + AppVersion.text() + "\n\nusage:\n  java -jar inferplan.jar [--server.port=8080]"
                    + "   starts the web app (http://localhost:8080/)");
            commands.values().forEach(c -> out.println("  java -jar inferplan.jar " + c.usage()));
            return 0;
        }
        if (VERSION.equals(args[0])) {
            out.println("InferPlan " + AppVersion.text());
            return 0;
        }
        // Two-word commands ("user add") are looked up by both words.
        int words = args.length > 1 && commands.containsKey(args[0] + " " + args[1]) ? 2 : 1;
        Command command = commands.get(String.join(" ", Arrays.copyOfRange(args, 0, words)));
        if (command == null) {
            err.println("unknown command '" + args[0] + "'; usage:");
            commands.values().forEach(c -> err.println("  java -jar inferplan.jar " + c.usage()));
            return 2;
        }
        try {
            return command.run(Arguments.parse(Arrays.copyOfRange(args, words, args.length)), out);
        } catch (UsageException e) {
            err.println(args[0] + ": " + e.getMessage() + "\nusage: java -jar inferplan.jar " + command.usage());
            return 2;
        } catch (RuntimeException e) {
            // Domain errors (unknown model, invalid config, non-fit) carry a message meant for people.
            err.println(args[0] + ": " + e.getMessage());
            return 1;
        } catch (ExceptionInInitializerError e) {
            // A built-in data set failed validation while loading.
            err.println(args[0] + ": " + e.getCause().getMessage());
            return 1;
        }
    }
}
