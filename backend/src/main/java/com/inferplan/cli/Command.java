package com.inferplan.cli;

import java.io.PrintStream;

/** One CLI subcommand. Throws {@link UsageException} for bad flags; returns the exit code. */
public interface Command {

    String name();

    String usage();

    int run(Arguments args, PrintStream out);
}
