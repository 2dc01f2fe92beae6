package com.inferplan.db.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Written once, run on H2 and on PostgreSQL by the subclasses; each test rolls back. Imported
 * models are never edited in place (no version), only added and removed.
 */
@SpringBootTest
@Transactional
abstract class CustomModelRepositoryTestBase {

    private static final String CONFIG = "{\"model_type\":\"llama\",\"hidden_size\":2048,\"num_hidden_layers\":16}";

    @Autowired
    CustomModelRepository repository;

    @Test
    void anImportedConfigIsKeptAsGivenWithItsAuthor() {
        CustomModelRow saved = repository.insert("my-llama", "My Llama", "llama", CONFIG, "from HF", "ana");

        assertThat(saved.configJson()).isEqualTo(CONFIG);
        assertThat(saved.createdBy()).isEqualTo("ana");
        assertThat(saved.createdAt()).isNotNull();
        assertThat(repository.find("my-llama")).get().extracting(CustomModelRow::displayName, CustomModelRow::sourceNote)
                .containsExactly("My Llama", "from HF");
    }

    @Test
    void modelsAreListedById() {
        repository.insert("m-b", "B", "llama", CONFIG, null, "ana");
        repository.insert("m-a", "A", "llama", CONFIG, null, "ana");

        assertThat(repository.findAll()).extracting(CustomModelRow::id).containsSubsequence("m-a", "m-b");
    }

    @Test
    void aSecondModelWithTheSameIdIsADuplicateKey() {
        repository.insert("my-llama", "My Llama", "llama", CONFIG, null, "ana");

        assertThatThrownBy(() -> repository.insert("my-llama", "Other", "llama", CONFIG, null, "bo"))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void aDeletedModelIsGone() {
        repository.insert("my-llama", "My Llama", "llama", CONFIG, null, "ana");

        assertThat(repository.delete("my-llama")).isTrue();
        assertThat(repository.find("my-llama")).isEmpty();
        assertThat(repository.delete("my-llama")).isFalse();
    }
}
