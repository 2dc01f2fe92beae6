package com.inferplan.backend.scenario;

/**
 * One option to compare: hardware, the chips of one replica (null: the fewest that hold the model,
 * as the planner chooses), how it is paid for, and optionally its own model (to set a compact model
 * on fast silicon against a large one on GPUs, as in the published Codex-Spark case). With
 * {@code separatePrefill} the replica runs prompts on prefill workers of their own (disaggregated
 * serving, decision 0719); {@code chipsPerReplica} is then the chips of one decode worker.
 */
public record Candidate(String hardware, Integer chipsPerReplica, CostChoice cost, String model,
                        SeparatePrefill separatePrefill) {

    /**
     * Prefill workers of the candidate's own (or other) silicon: on the same hardware they are paid as the
     * candidate's chips are, on other hardware at that hardware's catalog default price.
     *
     * @param hardware       the prefill workers' hardware; null: the candidate's
     * @param chipsPerWorker chips of one prefill worker; null: the fewest that hold the model
     */
    public record SeparatePrefill(String hardware, Integer chipsPerWorker) {

        /** Whether the prefill workers run on other hardware than {@code candidateHardware}. */
        public boolean otherSilicon(String candidateHardware) {
            return hardware != null && !hardware.isBlank() && !hardware.equals(candidateHardware);
        }
    }

    public Candidate {
        cost = cost == null ? CostChoice.DEFAULT : cost;
    }

    public Candidate(String hardware, Integer chipsPerReplica, CostChoice cost, String model) {
        this(hardware, chipsPerReplica, cost, model, null);
    }

    public static Candidate of(String hardware, CostChoice cost) {
        return new Candidate(hardware, null, cost, null);
    }

    /** Terms carried for other hardware do not follow a change of hardware (decision 0708). */
    public Candidate withHardware(String id) {
        CostChoice kept = cost.terms() != null && !cost.terms().hardware().equals(id) ? cost.unpinned() : cost;
        return new Candidate(id, chipsPerReplica, kept, model, separatePrefill);
    }

    public Candidate withCost(CostChoice choice) {
        return new Candidate(hardware, chipsPerReplica, choice, model, separatePrefill);
    }

    public Candidate withChipsPerReplica(Integer chips) {
        return new Candidate(hardware, chips, cost, model, separatePrefill);
    }

    public Candidate withModel(String id) {
        return new Candidate(hardware, chipsPerReplica, cost, id, separatePrefill);
    }

    public Candidate withSeparatePrefill(SeparatePrefill prefill) {
        return new Candidate(hardware, chipsPerReplica, cost, model, prefill);
    }
}
