package com.inferplan.ui.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FirstPartTest {

    private final List<String> shownBy = new ArrayList<>();

    @Test
    void aPartReadyWithinTheWaitIsShownByTheWaitingRequest() throws Exception {
        FirstPart first = new FirstPart();
        CountDownLatch offered = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            sleep(20);
            if (first.offer(() -> shownBy.add(Thread.currentThread().getName()))) {
                offered.countDown();
            }
        });
        worker.start();
        first.awaitAndShow(2_000);
        assertThat(offered.await(1, TimeUnit.SECONDS)).isTrue();
        assertThat(shownBy).containsExactly(Thread.currentThread().getName());
    }

    @Test
    void aPartAfterTheWaitIsRefusedSoItGoesByPush() {
        FirstPart first = new FirstPart();
        long start = System.nanoTime();
        first.awaitAndShow(30);
        assertThat((System.nanoTime() - start) / 1e6).isGreaterThanOrEqualTo(30);
        assertThat(first.offer(() -> shownBy.add("late"))).isFalse();
        assertThat(shownBy).isEmpty();
    }

    @Test
    void onlyTheFirstPartIsTakenInline() {
        FirstPart first = new FirstPart();
        assertThat(first.offer(() -> shownBy.add("headline"))).isTrue();
        assertThat(first.offer(() -> shownBy.add("charts"))).isFalse();
        first.awaitAndShow(1_000);
        assertThat(shownBy).containsExactly("headline");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
