package com.inferplan.db.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.inferplan.db.support.DocumentRow;
import com.inferplan.db.support.DocumentVersionRow;
import com.inferplan.db.support.StaleVersionException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Written once, run on H2 and on PostgreSQL by the subclasses. Each test rolls back unless it says otherwise. */
@SpringBootTest
@Transactional
abstract class ScenarioRepositoryTestBase {

    @Autowired
    ScenarioRepository repository;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aNewScenarioIsStoredWholeAtVersionOneWithItsAuthor() {
        // Big enough to need a CLOB on H2 and TOAST on PostgreSQL, with characters outside Latin-1.
        String state = "{\"note\":\"" + "€ 推論 ".repeat(100_000) + "\"}";

        DocumentRow saved = repository.insert("s1", "Coding", state, "alice");

        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.createdBy()).isEqualTo("alice");
        assertThat(saved.updatedBy()).isEqualTo("alice");
        assertThat(repository.find("s1")).get().extracting(DocumentRow::stateJson).isEqualTo(state);
        assertThat(repository.find("missing")).isEmpty();
    }

    @Test
    void everySaveAppendsAVersionWithItsAuthor() {
        repository.insert("s1", "Coding", "{\"a\":1}", "alice");
        DocumentRow updated = repository.update("s1", "Coding v2", "{\"a\":2}", "bob", 1);

        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.updatedBy()).isEqualTo("bob");
        assertThat(updated.createdBy()).isEqualTo("alice");
        assertThat(repository.versions("s1"))
                .extracting(DocumentVersionRow::version, DocumentVersionRow::name, DocumentVersionRow::savedBy,
                        DocumentVersionRow::stateJson)
                .containsExactly(tuple(2, "Coding v2", "bob", "{\"a\":2}"), tuple(1, "Coding", "alice", "{\"a\":1}"));
    }

    @Test
    void aSaveFromAnOlderVersionIsRejectedAndLosesNothing() {
        repository.insert("s1", "Coding", "{\"a\":1}", "alice");
        repository.update("s1", "Coding", "{\"a\":2}", "alice", 1);

        assertThatThrownBy(() -> repository.update("s1", "Coding", "{\"a\":3}", "bob", 1))
                .isInstanceOf(StaleVersionException.class)
                .hasMessageContaining("changed by someone else since version 1");
        assertThat(repository.find("s1")).get().extracting(DocumentRow::stateJson, DocumentRow::version)
                .containsExactly("{\"a\":2}", 2);
        assertThat(repository.versions("s1")).hasSize(2);
    }

    @Test
    void theMostRecentlySavedScenarioIsListedFirst() throws InterruptedException {
        repository.insert("older", "Older", "{}", "alice");
        Thread.sleep(5); // timestamps must differ for the order to mean anything
        repository.insert("newer", "Newer", "{}", "alice");

        assertThat(repository.findAll()).extracting(DocumentRow::id).containsSubsequence("newer", "older");
    }

    @Test
    void deletingAtTheCurrentVersionRemovesTheScenarioAndItsHistory() {
        repository.insert("s1", "Coding", "{}", "alice");
        repository.update("s1", "Coding", "{}", "alice", 1);

        assertThatThrownBy(() -> repository.delete("s1", 1)).isInstanceOf(StaleVersionException.class);
        assertThat(repository.find("s1")).isPresent();

        assertThat(repository.delete("s1", 2)).isTrue();
        assertThat(repository.find("s1")).isEmpty();
        assertThat(repository.versions("s1")).isEmpty();
        assertThat(repository.delete("s1", 2)).isFalse();
    }

    /**
     * Two instances of the app saving over the same version at the same moment: the version check
     * is part of the UPDATE itself, so the database's row lock lets exactly one through whatever
     * the timing. This one commits for real, so it uses an id of its own and removes it after.
     */
    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void twoConcurrentSavesFromTheSameVersionLetExactlyOneThrough() throws Exception {
        String id = "race-" + System.nanoTime();
        repository.insert(id, "Race", "{}", "alice");
        TransactionTemplate tx = new TransactionTemplate(transactions);
        AtomicReference<CompletableFuture<DocumentRow>> second = new AtomicReference<>();
        try {
            tx.executeWithoutResult(first -> {
                repository.update(id, "Alice's", "{\"by\":\"alice\"}", "alice", 1);
                // Bob's save starts while Alice's transaction still holds the row; it must wait for
                // her commit and then find version 2, not overwrite it. (Were it to start only after
                // the commit, the outcome is the same: that is the point.)
                second.set(CompletableFuture.supplyAsync(() -> tx.execute(
                        s -> repository.update(id, "Bob's", "{\"by\":\"bob\"}", "bob", 1))));
                sleep(300);
            });

            assertThatThrownBy(() -> second.get().get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(StaleVersionException.class);
            assertThat(repository.find(id)).get().extracting(DocumentRow::name, DocumentRow::version)
                    .containsExactly("Alice's", 2);
            assertThat(repository.versions(id)).extracting(DocumentVersionRow::savedBy).containsExactly("alice", "alice");
        } finally {
            repository.find(id).ifPresent(row -> repository.delete(id, row.version()));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        }
    }
}
