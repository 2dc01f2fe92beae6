package com.inferplan.pricing.portfolio;

/**
 * A solve that stopped at its time limit without any plan: the problem may still be feasible, so it
 * must not be reported (or explained) as infeasible.
 */
final class SolveTimeout extends RuntimeException {

    SolveTimeout(long limitMillis) {
        super("no plan found within the solver's time limit of " + limitMillis + " ms");
    }
}
