package com.inferplan.db.costbasis;

import static com.inferplan.db.jooq.Tables.COST_BASIS;

import com.inferplan.db.jooq.tables.records.CostBasisRecord;
import com.inferplan.db.support.StaleVersionException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class CostBasisRepository {

    private final DSLContext dsl;

    public CostBasisRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<CostBasisRow> findAll() {
        return dsl.selectFrom(COST_BASIS).orderBy(COST_BASIS.NAME).fetch(CostBasisRepository::toRow);
    }

    public Optional<CostBasisRow> find(String id) {
        return dsl.selectFrom(COST_BASIS).where(COST_BASIS.ID.eq(id)).fetchOptional(CostBasisRepository::toRow);
    }

    @Transactional
    public CostBasisRow insert(String id, String name, String kind, String hardwareId, String basisJson, String author) {
        LocalDateTime now = LocalDateTime.now();
        dsl.insertInto(COST_BASIS)
                .set(COST_BASIS.ID, id).set(COST_BASIS.NAME, name).set(COST_BASIS.KIND, kind)
                .set(COST_BASIS.HARDWARE_ID, hardwareId).set(COST_BASIS.BASIS_JSON, basisJson)
                .set(COST_BASIS.CREATED_BY, author).set(COST_BASIS.CREATED_AT, now)
                .set(COST_BASIS.UPDATED_BY, author).set(COST_BASIS.UPDATED_AT, now).set(COST_BASIS.VERSION, 1)
                .execute();
        return find(id).orElseThrow();
    }

    /** Saves over {@code expectedVersion}; throws if someone saved in between. */
    @Transactional
    public CostBasisRow update(String id, String name, String kind, String hardwareId, String basisJson, String author,
                               int expectedVersion) {
        int changed = dsl.update(COST_BASIS)
                .set(COST_BASIS.NAME, name).set(COST_BASIS.KIND, kind).set(COST_BASIS.HARDWARE_ID, hardwareId)
                .set(COST_BASIS.BASIS_JSON, basisJson).set(COST_BASIS.UPDATED_BY, author)
                .set(COST_BASIS.UPDATED_AT, LocalDateTime.now()).set(COST_BASIS.VERSION, expectedVersion + 1)
                .where(COST_BASIS.ID.eq(id).and(COST_BASIS.VERSION.eq(expectedVersion)))
                .execute();
        if (changed == 0) {
            throw new StaleVersionException("cost basis", id, expectedVersion);
        }
        return find(id).orElseThrow();
    }

    /**
     * Deletes the basis only if it is still at {@code expectedVersion}, checked by the statement
     * itself. False when there is no such basis.
     *
     * @throws StaleVersionException when someone saved a newer version
     */
    @Transactional
    public boolean delete(String id, int expectedVersion) {
        int deleted = dsl.deleteFrom(COST_BASIS).where(COST_BASIS.ID.eq(id).and(COST_BASIS.VERSION.eq(expectedVersion)))
                .execute();
        if (deleted == 0 && find(id).isPresent()) {
            throw new StaleVersionException("cost basis", id, expectedVersion);
        }
        return deleted > 0;
    }

    private static CostBasisRow toRow(CostBasisRecord r) {
        return new CostBasisRow(r.getId(), r.getName(), r.getKind(), r.getHardwareId(), r.getBasisJson(),
                r.getCreatedBy(), r.getCreatedAt(), r.getUpdatedBy(), r.getUpdatedAt(), r.getVersion());
    }
}
