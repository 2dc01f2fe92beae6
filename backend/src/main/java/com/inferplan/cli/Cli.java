package com.inferplan.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
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
        register(new UserAddCommand(environment));
    }

    private void register(Command command) {
        commands.put(command.name(), command);
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    public int run(String[] args) {
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
