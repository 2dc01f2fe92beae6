package com.inferplan.backend.portfolio;

import com.inferplan.backend.hardware.HardwareService;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.catalog.Accelerator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Baselines to compare a portfolio with, such as "all GPUs": the same tiers and limits with only some
 * vendors' pools. A separate service (not a PortfolioService method) so the optimiser's API stays as it
 * is; it needs only the catalog to know each pool's vendor, custom hardware included.
 */
@Service
public class PortfolioBaselines {

    /** The GPU vendors of the catalog: the "all GPUs" baseline keeps their pools. */
    public static final Set<String> GPU_VENDORS = Set.of("NVIDIA", "AMD");

    private final Function<String, Optional<String>> vendorOf;

    @Autowired
    public PortfolioBaselines(HardwareService hardware) {
        this(id -> hardware.catalog().find(id).map(Accelerator::vendor));
    }

    PortfolioBaselines(Function<String, Optional<String>> vendorOf) {
        this.vendorOf = vendorOf;
    }

    /**
     * The portfolio with only the pools whose hardware comes from one of {@code vendors} (compared without
     * case); limits that name a number of vendors are kept, so a baseline that cannot meet them says so.
     *
     * @throws InvalidInputException naming {@code pools} when no pool is left
     */
    public Portfolio withVendorsOnly(Portfolio portfolio, Set<String> vendors) {
        Set<String> wanted = vendors.stream().map(v -> v.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        List<PortfolioPool> kept = portfolio.pools().stream()
                .filter(p -> vendorOf.apply(p.hardware()).map(v -> wanted.contains(v.toUpperCase(Locale.ROOT)))
                        .orElse(false))
                .toList();
        if (kept.isEmpty()) {
            throw new InvalidInputException("pools", portfolio.pools().size(),
                    "no pool uses hardware from " + String.join(", ", vendors.stream().sorted().toList()));
        }
        return portfolio.withPools(kept);
    }
}
