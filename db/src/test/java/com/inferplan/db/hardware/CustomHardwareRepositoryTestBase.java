package com.inferplan.db.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.inferplan.db.support.StaleVersionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.annotation.Transactional;

/** Written once, run on H2 and on PostgreSQL by the subclasses; each test rolls back. */
@SpringBootTest
@Transactional
abstract class CustomHardwareRepositoryTestBase {

    @Autowired
    CustomHardwareRepository repository;

    private static CustomHardwareRow row(String id, String name, int version) {
        return new CustomHardwareRow(id, "Acme", name, "gpu", null, "{\"id\":\"" + id + "\"}",
                "Acme datasheet", "https://acme.example/x1", "VENDOR_PUBLISHED", null, null, "alice", null, version);
    }

    @Test
    void anInsertedRowStartsAtVersionOneWithItsAuthorAndReadsBackWhole() {
        CustomHardwareRow saved = repository.insert(row("acme-x1", "Acme X1", 0));

        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.createdBy()).isEqualTo("alice");
        assertThat(repository.find("acme-x1")).get()
                .extracting(CustomHardwareRow::entryJson, CustomHardwareRow::sourceUrl, CustomHardwareRow::status)
                .containsExactly("{\"id\":\"acme-x1\"}", "https://acme.example/x1", "VENDOR_PUBLISHED");
        assertThat(repository.findAll()).extracting(CustomHardwareRow::id).contains("acme-x1");
    }

    @Test
    void aSecondRowWithTheSameIdIsADuplicateKeyOnEveryDatabase() {
        repository.insert(row("acme-x1", "Acme X1", 0));

        // The services turn this into a clear answer; it must be the same exception on H2 and PostgreSQL.
        assertThatThrownBy(() -> repository.insert(row("acme-x1", "Acme X1 again", 0)))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void anUpdateWithTheCurrentVersionBumpsIt() {
        repository.insert(row("acme-x1", "Acme X1", 0));

        CustomHardwareRow updated = repository.update(row("acme-x1", "Acme X1 rev B", 1));

        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.name()).isEqualTo("Acme X1 rev B");
    }

    @Test
    void anUpdateFromAStaleVersionIsRejectedAndKeepsTheStoredRow() {
        repository.insert(row("acme-x1", "Acme X1", 0));
        repository.update(row("acme-x1", "Acme X1 rev B", 1));

        assertThatThrownBy(() -> repository.update(row("acme-x1", "Acme X1 rev C", 1)))
                .isInstanceOf(StaleVersionException.class)
                .hasMessageContaining("acme-x1")
                .hasMessageContaining("changed by someone else");
        assertThat(repository.find("acme-x1")).get().extracting(CustomHardwareRow::name, CustomHardwareRow::version)
                .containsExactly("Acme X1 rev B", 2);
    }

    @Test
    void aDeletedRowIsGone() {
        repository.insert(row("acme-x1", "Acme X1", 0));

        assertThat(repository.delete("acme-x1")).isTrue();
        assertThat(repository.find("acme-x1")).isEmpty();
        assertThat(repository.delete("acme-x1")).isFalse();
    }
}
