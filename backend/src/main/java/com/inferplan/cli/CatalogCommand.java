package com.inferplan.cli;

import com.inferplan.catalog.CatalogCsv;
import com.inferplan.catalog.CatalogJson;
import com.inferplan.catalog.HardwareCatalog;
import java.io.PrintStream;
import java.util.Set;

/** {@code catalog --format json|csv}: the built-in hardware catalog with every figure's source. */
final class CatalogCommand implements Command {

    @Override
    public String name() {
        return "catalog";
    }

    @Override
    public String usage() {
        return "catalog [--format json|csv]";
    }

    @Override
    public int run(Arguments args, PrintStream out) {
        args.allowOnly(Set.of("format"));
        HardwareCatalog catalog = HardwareCatalog.builtIn();
        out.println(args.format(Set.of("json", "csv")).equals("csv")
                ? CatalogCsv.write(catalog.all()) : CatalogJson.writeCatalog(catalog));
        return 0;
    }
}
