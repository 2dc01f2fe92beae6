package com.inferplan.db.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.inferplan.db.support.StaleVersionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class CustomHardwareRepositoryTest {

    @Autowired
    CustomHardwareRepository repository;

    private static CustomHardwareRow row(String id, int version) {
        return new CustomHardwareRow(id, "Acme", "Acme X1", "gpu", null, "{\"id\":\"" + id + "\"}",
                "Acme datasheet", "https://acme.example/x1", "VENDOR_PUBLISHED", null, null, "alice", null, version);
    }

    @Test
    void insertedRowStartsAtVersionOneWithItsAuthor() {
        CustomHardwareRow saved = repository.insert(row("acme-x1", 0));

        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.createdBy()).isEqualTo("alice");
        assertThat(repository.findAll()).extracting(CustomHardwareRow::id).containsExactly("acme-x1");
    }

    @Test
    void updateWithCurrentVersionBumpsIt() {
        repository.insert(row("acme-x1", 0));

        CustomHardwareRow updated = repository.update(row("acme-x1", 1));

        assertThat(updated.version()).isEqualTo(2);
    }

    @Test
    void updateFromAStaleVersionIsRejectedAndKeepsTheStoredRow() {
        repository.insert(row("acme-x1", 0));
        repository.update(row("acme-x1", 1));

        assertThatThrownBy(() -> repository.update(row("acme-x1", 1)))
                .isInstanceOf(StaleVersionException.class)
                .hasMessageContaining("acme-x1")
                .hasMessageContaining("changed by someone else");
        assertThat(repository.find("acme-x1")).get().extracting(CustomHardwareRow::version).isEqualTo(2);
    }
}
