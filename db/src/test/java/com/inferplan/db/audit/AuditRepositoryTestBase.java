package com.inferplan.db.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail, written once, run on H2 and on PostgreSQL by the subclasses; each test rolls
 * back. Its ids come from an identity column, which each database fills in its own way.
 */
@SpringBootTest
@Transactional
abstract class AuditRepositoryTestBase {

    @Autowired
    AuditRepository audit;

    @Test
    void eventsComeBackNewestFirstWithTheirStatesBeforeAndAfter() {
        audit.append("ana", "create", "scenario", "sc-1", 1, null, "{\"name\":\"x\"}", null);
        audit.append("bo", "update", "scenario", "sc-1", 2, "{\"name\":\"x\"}", "{\"name\":\"y € 推論\"}", null);

        List<AuditRow> rows = audit.find(new AuditQuery(null, "scenario", null, "sc-1", 10));

        assertThat(rows).extracting(AuditRow::action).containsExactly("update", "create");
        assertThat(rows.get(0).id()).isGreaterThan(rows.get(1).id());
        assertThat(rows.get(0)).extracting(AuditRow::actor, AuditRow::entityVersion, AuditRow::beforeJson,
                AuditRow::afterJson).containsExactly("bo", 2, "{\"name\":\"x\"}", "{\"name\":\"y € 推論\"}");
        assertThat(rows.get(0).occurredAt()).isNotNull();
    }

    @Test
    void filtersCombineAndTextMatchesIdOrDetailWhateverTheCase() {
        audit.append("ana", "sign-in-failed", "session", null, null, null, null, "Bad Credentials for ANA");
        audit.append("ana", "delete", "cost-basis", "H100-Deal", 3, "{}", null, null);
        audit.append("bo", "delete", "cost-basis", "other", 1, "{}", null, null);

        assertThat(audit.find(new AuditQuery("ana", null, "delete", null, 10)))
                .extracting(AuditRow::entityId).containsExactly("H100-Deal");
        assertThat(audit.find(new AuditQuery(null, null, null, "h100-deal", 10)))
                .extracting(AuditRow::actor).containsExactly("ana");
        assertThat(audit.find(new AuditQuery(null, "session", null, "bad credentials", 10))).hasSize(1);
    }

    @Test
    void theLimitBoundsTheRows() {
        for (int i = 0; i < 5; i++) {
            audit.append("ana", "update", "limit-test", "x", i, null, null, null);
        }

        assertThat(audit.find(new AuditQuery(null, "limit-test", null, null, 3)))
                .extracting(AuditRow::entityVersion).containsExactly(4, 3, 2);
    }
}
