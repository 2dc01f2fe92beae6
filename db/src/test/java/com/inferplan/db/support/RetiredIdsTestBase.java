package com.inferplan.db.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.annotation.Transactional;

/** Written once, run on H2 and on PostgreSQL by the subclasses; each test rolls back. */
@SpringBootTest
@Transactional
abstract class RetiredIdsTestBase {

    @Autowired
    RetiredIds retired;

    @Test
    void aRetiredIdStaysRetiredForItsEntityOnly() {
        retired.retire("shared-basis", "cost-basis");

        assertThat(retired.isRetired("shared-basis", "cost-basis")).isTrue();
        assertThat(retired.isRetired("shared-basis", "scenario")).isFalse();
        assertThat(retired.isRetired("other", "cost-basis")).isFalse();
    }

    @Test
    void retiringTheSameIdTwiceIsADuplicateKey() {
        retired.retire("sc-1", "scenario");

        assertThatThrownBy(() -> retired.retire("sc-1", "scenario")).isInstanceOf(DuplicateKeyException.class);
    }
}
