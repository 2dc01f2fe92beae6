package com.inferplan.db.costbasis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.inferplan.db.support.StaleVersionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/** Written once, run on H2 and on PostgreSQL by the subclasses; each test rolls back. */
@SpringBootTest
@Transactional
abstract class CostBasisRepositoryTestBase {

    private static final String ON_DEMAND = "{\"type\":\"on-demand\",\"usdPerChipHour\":2.1}";

    @Autowired
    CostBasisRepository repository;

    @Test
    void aNewBasisIsStoredAtVersionOneWithItsAuthor() {
        CostBasisRow saved = repository.insert("h100-a", "H100 at A", "on-demand", "nvidia-h100-sxm", ON_DEMAND, "ana");

        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.createdBy()).isEqualTo("ana");
        assertThat(repository.find("h100-a")).get()
                .extracting(CostBasisRow::name, CostBasisRow::hardwareId, CostBasisRow::basisJson)
                .containsExactly("H100 at A", "nvidia-h100-sxm", ON_DEMAND);
    }

    @Test
    void bothHardwareAndNoHardwareAreKept() {
        repository.insert("generic", "Generic", "on-demand", null, ON_DEMAND, "ana");

        assertThat(repository.find("generic")).get().extracting(CostBasisRow::hardwareId).isNull();
    }

    @Test
    void basesAreListedByName() {
        repository.insert("b", "Zeta basis", "on-demand", null, ON_DEMAND, "ana");
        repository.insert("a", "Alpha basis", "on-demand", null, ON_DEMAND, "ana");

        assertThat(repository.findAll()).extracting(CostBasisRow::name).containsSubsequence("Alpha basis", "Zeta basis");
    }

    @Test
    void anUpdateAtTheVersionReadBumpsItAndAStaleOneLosesNothing() {
        repository.insert("shared", "Shared", "on-demand", null, ON_DEMAND, "ana");
        CostBasisRow bos = repository.update("shared", "Shared", "on-demand", null,
                ON_DEMAND.replace("2.1", "2.2"), "bo", 1);
        assertThat(bos.version()).isEqualTo(2);
        assertThat(bos.updatedBy()).isEqualTo("bo");

        assertThatThrownBy(() -> repository.update("shared", "Shared", "on-demand", null,
                ON_DEMAND.replace("2.1", "1.8"), "ana", 1))
                .isInstanceOf(StaleVersionException.class)
                .hasMessageContaining("cost basis 'shared'");
        assertThat(repository.find("shared")).get().extracting(CostBasisRow::basisJson, CostBasisRow::updatedBy)
                .containsExactly(ON_DEMAND.replace("2.1", "2.2"), "bo");
    }

    @Test
    void anUpdateOfAMissingBasisIsRejected() {
        assertThatThrownBy(() -> repository.update("missing", "M", "on-demand", null, ON_DEMAND, "ana", 1))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void deletingNeedsTheCurrentVersion() {
        repository.insert("short", "Short lived", "on-demand", null, ON_DEMAND, "ana");

        assertThatThrownBy(() -> repository.delete("short", 7)).isInstanceOf(StaleVersionException.class);
        assertThat(repository.find("short")).isPresent();
        assertThat(repository.delete("short", 1)).isTrue();
        assertThat(repository.find("short")).isEmpty();
        assertThat(repository.delete("short", 1)).isFalse();
    }
}
