package com.inferplan.db.portfolio;

import static com.inferplan.db.jooq.Tables.PORTFOLIO;
import static com.inferplan.db.jooq.Tables.PORTFOLIO_VERSION;

import com.inferplan.db.support.VersionedDocumentRepository;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Portfolios and their history (V7). Every save appends a version; saves check the version read. */
@Repository
public class PortfolioRepository extends VersionedDocumentRepository {

    public PortfolioRepository(DSLContext dsl) {
        super(dsl, "portfolio", PORTFOLIO, PORTFOLIO_VERSION, "portfolio_id");
    }
}
