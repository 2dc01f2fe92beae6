package com.inferplan.db.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.inferplan.db.support.DocumentRow;
import com.inferplan.db.support.DocumentVersionRow;
import com.inferplan.db.support.StaleVersionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/**
 * Portfolios share the versioned-document store with scenarios (whose tests cover concurrency); these
 * check that the portfolio tables (V7) are wired: history, version checks, cascade, no mix-up with scenarios.
 */
@SpringBootTest
@Transactional
abstract class PortfolioRepositoryTestBase {

    @Autowired
    PortfolioRepository repository;

    @Test
    void everySaveAppendsAVersionAndAStaleOneChangesNothing() {
        repository.insert("pf-1", "Fleet", "{\"tiers\":[]}", "alice");
        DocumentRow second = repository.update("pf-1", "Fleet 2", "{\"tiers\":[1]}", "bob", 1);
        assertThat(second.version()).isEqualTo(2);
        assertThatThrownBy(() -> repository.update("pf-1", "Stale", "{}", "carol", 1))
                .isInstanceOf(StaleVersionException.class);
        assertThat(repository.find("pf-1")).get().extracting(DocumentRow::name, DocumentRow::updatedBy)
                .containsExactly("Fleet 2", "bob");
        assertThat(repository.versions("pf-1")).extracting(DocumentVersionRow::version, DocumentVersionRow::savedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "bob"),
                        org.assertj.core.groups.Tuple.tuple(1, "alice"));
    }

    @Test
    void aDeleteChecksTheVersionAndTakesTheHistoryWithIt() {
        repository.insert("pf-2", "Fleet", "{}", "alice");
        repository.update("pf-2", "Fleet", "{}", "alice", 1);
        assertThatThrownBy(() -> repository.delete("pf-2", 1)).isInstanceOf(StaleVersionException.class);
        assertThat(repository.delete("pf-2", 2)).isTrue();
        assertThat(repository.find("pf-2")).isEmpty();
        assertThat(repository.versions("pf-2")).isEmpty();
        assertThat(repository.delete("pf-2", 2)).isFalse();
    }
}
