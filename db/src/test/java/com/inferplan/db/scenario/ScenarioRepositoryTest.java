package com.inferplan.db.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.inferplan.db.support.StaleVersionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class ScenarioRepositoryTest {

    @Autowired
    ScenarioRepository repository;

    @Test
    void everySaveAppendsAVersionWithItsAuthor() {
        repository.insert("s1", "Coding", "{\"a\":1}", "alice");
        repository.update("s1", "Coding v2", "{\"a\":2}", "bob", 1);

        assertThat(repository.versions("s1"))
                .extracting(ScenarioVersionRow::version, ScenarioVersionRow::savedBy, ScenarioVersionRow::stateJson)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "bob", "{\"a\":2}"),
                        org.assertj.core.groups.Tuple.tuple(1, "alice", "{\"a\":1}"));
    }

    @Test
    void secondSaveFromTheSameVersionIsAConflictAndLosesNothing() {
        repository.insert("s1", "Coding", "{\"a\":1}", "alice");
        repository.update("s1", "Coding", "{\"a\":2}", "alice", 1);

        assertThatThrownBy(() -> repository.update("s1", "Coding", "{\"a\":3}", "bob", 1))
                .isInstanceOf(StaleVersionException.class);
        assertThat(repository.find("s1")).get().extracting(ScenarioRow::stateJson).isEqualTo("{\"a\":2}");
    }

    @Test
    void deletingAScenarioRemovesItsHistory() {
        repository.insert("s1", "Coding", "{}", "alice");

        assertThat(repository.delete("s1")).isTrue();
        assertThat(repository.versions("s1")).isEmpty();
    }
}
