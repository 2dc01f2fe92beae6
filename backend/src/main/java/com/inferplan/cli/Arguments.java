package com.inferplan.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code --flag value} pairs; every typed getter names the flag and value it rejects. */
public final class Arguments {

    private final Map<String, String> values;

    private Arguments(Map<String, String> values) {
        this.values = values;
    }

    public static Arguments parse(String[] args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (!flag.startsWith("--") || flag.length() < 3) {
                throw new UsageException("expected a --flag, got '" + flag + "'");
            }
            boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
            values.put(flag.substring(2), hasValue ? args[++i] : "true");
        }
        return new Arguments(values);
    }

    public void allowOnly(Set<String> flags) {
        for (String flag : values.keySet()) {
            if (!flags.contains(flag)) {
                throw new UsageException("unknown flag --" + flag + "; allowed: --" + String.join(", --", flags));
            }
        }
    }

    public Optional<String> text(String flag) {
        return Optional.ofNullable(values.get(flag));
    }

    public String require(String flag) {
        return text(flag).orElseThrow(() -> new UsageException("--" + flag + " is required"));
    }

    public String choice(String flag, String defaultValue, Set<String> allowed) {
        String value = text(flag).orElse(defaultValue);
        if (!allowed.contains(value)) {
            throw new UsageException("--" + flag + " '" + value + "' is not one of " + allowed);
        }
        return value;
    }

    public Optional<Integer> integer(String flag) {
        return text(flag).map(v -> {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new UsageException("--" + flag + " '" + v + "' is not an integer");
            }
        });
    }

    public int positiveInteger(String flag, int defaultValue) {
        int value = integer(flag).orElse(defaultValue);
        if (value < 1) {
            throw new UsageException("--" + flag + " '" + value + "' must be at least 1");
        }
        return value;
    }

    public Optional<Double> number(String flag) {
        return text(flag).map(v -> {
            try {
                double d = Double.parseDouble(v);
                if (!Double.isFinite(d)) {
                    throw new NumberFormatException();
                }
                return d;
            } catch (NumberFormatException e) {
                throw new UsageException("--" + flag + " '" + v + "' is not a finite number");
            }
        });
    }

    /** The output format: JSON where the command offers it, else its only format. */
    public String format(Set<String> allowed) {
        return choice("format", allowed.contains("json") ? "json" : allowed.iterator().next(), allowed);
    }
}
