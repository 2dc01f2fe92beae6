package com.inferplan.engine.serving;

/**
 * Continuous-batching scheduler of one replica (vLLM-style): FCFS admission into at most
 * {@code maxBatch} slots, a token budget per iteration shared by one token per decoding sequence and
 * prompt chunks, paged KV blocks, and recompute preemption of the latest admitted sequence when
 * decoders need blocks that are not free.
 *
 * <p>Work per iteration is independent of the batch size ({@link DecodingSequences},
 * {@link PagedKvCache}).
 */
final class ReplicaEngine {

  /** Receives each request that finishes on this replica. */
  interface FinishListener {
    void finished(int requestId, double nowSeconds);
  }

  private final StepTimeModel model;
  private final RequestTable requests;
  private final FinishListener listener;
  private final SchedulerConfig config;
  private final PagedKvCache kv;
  /** Blocks each running sequence holds for its linear-attention state, whatever its length. */
  private final long stateBlocks;
  private final RunningSlots slots;
  private final DecodingSequences decoders;
  private final IntRingDeque waiting = new IntRingDeque();
  private boolean fastForward;

  private long preemptions;
  private double busySeconds;
  private double iterationEnd;
  private boolean stepAdvancesDecode;
  private long stepDecodeIterations;
  private int stepPrefillTokens;
  private long stepAttendedTokens;

  ReplicaEngine(StepTimeModel model, SchedulerConfig config, RequestTable requests,
      FinishListener listener) {
    this(model, config, requests, listener, false);
  }

  /**
   * @param fastForward run a stretch of decode-only iterations up to the next finish as one event
   *                    (time = stretch length × the step at its mid-stretch context); only valid
   *                    where no request can arrive inside the stretch (a closed loop's arrivals
   *                    come at finishes)
   */
  ReplicaEngine(StepTimeModel model, SchedulerConfig config, RequestTable requests,
      FinishListener listener, boolean fastForward) {
    this.fastForward = fastForward;
    this.model = model;
    this.config = config;
    this.requests = requests;
    this.listener = listener;
    this.kv = new PagedKvCache(model.kvCapacityTokens(), config.kvBlockTokens());
    this.stateBlocks = model.stateTokensPerSequence() == 0 ? 0 : kv.blocksFor(model.stateTokensPerSequence());
    this.slots = new RunningSlots(model.maxBatch());
    this.decoders = new DecodingSequences(slots, kv);
  }

  /** Whether a request could ever complete here (alone it fits the KV cache and step budget). */
  boolean canEverServe(int inputTokens, int outputTokens) {
    long peakKvTokens = (long) inputTokens + outputTokens - 1;
    boolean fitsStep = config.prefill() != PrefillPolicy.WHOLE_PREFILL_FIRST
        || peakKvTokens <= config.maxTokensPerStep();
    return fitsStep && kv.blocksFor(peakKvTokens) + stateBlocks <= kv.totalBlocks();
  }

  /** Turns fast-forward on or off (see the constructor); off while arrivals are still scheduled. */
  void fastForward(boolean on) {
    fastForward = on;
  }

  void enqueue(int requestId) {
    waiting.addLast(requestId);
  }

  int load() {
    return waiting.size() + slots.running();
  }

  /** Plans the next iteration from {@code now}; false when there is nothing to do. */
  boolean startIteration(double now) {
    boolean prefillOnly = config.prefill().prefillFirst() && hasPrefillWork();
    int budget = config.maxTokensPerStep();
    int decodeSequences = 0;
    long decodeContext = 0;
    if (!prefillOnly) {
      reserveDecodeBlocks();
      decodeSequences = decoders.count();
      decodeContext = decoders.nextContextTokens();
      budget -= decodeSequences;
    }
    stepPrefillTokens = 0;
    stepAttendedTokens = 0;
    schedulePrefills(Math.max(0, budget), now);
    if (decodeSequences == 0 && stepPrefillTokens == 0) {
      return false;
    }
    stepAdvancesDecode = !prefillOnly;
    stepDecodeIterations = stepAdvancesDecode ? decodeStretch() : 0;
    long midContext = decodeContext + (long) (decodeSequences * (stepDecodeIterations - 1) / 2.0);
    double seconds = model.iterationSeconds(decodeSequences, midContext, stepPrefillTokens,
        stepAttendedTokens);
    if (!(seconds > 0) || Double.isInfinite(seconds)) {
      throw new InvalidStepTimeException(seconds, decodeSequences, decodeContext,
          stepPrefillTokens, stepAttendedTokens);
    }
    seconds *= Math.max(1, stepDecodeIterations);
    busySeconds += seconds;
    iterationEnd = now + seconds;
    return true;
  }

  private boolean hasPrefillWork() {
    return slots.prefilling().head() != SlotList.NONE || canAdmitHead();
  }

  /**
   * Decode iterations this event covers: 1, or with fast-forward every iteration up to the next
   * finish when nothing else can change before it (no prompt work, and KV blocks free for all).
   */
  private long decodeStretch() {
    if (!fastForward || stepPrefillTokens > 0 || hasPrefillWork()) {
      return 1;
    }
    long stretch = decoders.iterationsToNextFinish();
    long extraBlocks = decoders.blocksNeededAfterNext(stretch - 1);
    if (stretch <= 1 || extraBlocks > kv.freeBlocks()) {
      return 1;
    }
    kv.allocate(extraBlocks);
    return stretch;
  }

  /** Applies the planned iteration's effects at its end time. */
  void completeIteration(double now) {
    if (stepAdvancesDecode) {
      decoders.advance(stepDecodeIterations);
    }
    int slot = slots.prefilling().head();
    while (slot != SlotList.NONE && slots.chunk[slot] > 0) {
      int next = slots.prefilling().next(slot);
      slots.prefilled[slot] += slots.chunk[slot];
      slots.chunk[slot] = 0;
      if (slots.prefilled[slot] == slots.prefillTarget[slot]) {
        slots.prefilling().remove(slot);
        emitPrefillToken(slot, now);
      }
      slot = next;
    }
    while (decoders.hasFinishDue()) {
      int done = decoders.nextToFinish();
      requests.generated[slots.request[done]] = decoders.drop(done);
      kv.release(stateBlocks);
      finish(done, now);
    }
  }

  private void reserveDecodeBlocks() {
    while (decoders.blocksNeededNext() > kv.freeBlocks()) {
      preempt(slots.latestAdmitted());
    }
    kv.allocate(decoders.blocksNeededNext());
  }

  private void schedulePrefills(int budget, double now) {
    int prompts = 0;
    for (int slot = slots.prefilling().head(); slot != SlotList.NONE && budget > 0
        && prompts < config.maxPromptsPerStep(); slot = slots.prefilling().next(slot)) {
      budget -= scheduleChunk(slot, budget);
      prompts++;
    }
    for (; canAdmitHead() && prompts < config.maxPromptsPerStep(); prompts++) {
      int target = requests.prefillTarget(waiting.peekFirst());
      if (config.chunkedPrefill() ? budget <= 0 : target > budget && !takesWholePromptOverBudget(target)) {
        break;
      }
      budget -= scheduleChunk(admit(waiting.pollFirst(), now), config.chunkedPrefill() ? budget : target);
    }
  }

  /**
   * The first whole prompt of a mixed iteration always runs, however long: a deployment serves the
   * prompts it was configured for, and nothing is starved behind the decodes.
   */
  private boolean takesWholePromptOverBudget(int target) {
    return !config.prefill().prefillFirst() && stepPrefillTokens == 0;
  }

  private int scheduleChunk(int slot, int budget) {
    int done = slots.prefilled[slot];
    int chunk = Math.min(budget, slots.prefillTarget[slot] - done);
    slots.chunk[slot] = chunk;
    stepPrefillTokens += chunk;
    stepAttendedTokens += (long) chunk * done + (long) chunk * (chunk + 1) / 2;
    return chunk;
  }

  private boolean canAdmitHead() {
    return !waiting.isEmpty() && slots.hasFree()
        && kv.blocksFor(requests.prefillTarget(waiting.peekFirst())) + stateBlocks <= kv.freeBlocks();
  }

  private int admit(int requestId, double now) {
    int target = requests.prefillTarget(requestId);
    kv.allocate(kv.blocksFor(target) + stateBlocks);
    if (!requests.wasAdmitted(requestId)) {
      requests.admitted[requestId] = now;
    }
    return slots.admit(requestId, target);
  }

  private void emitPrefillToken(int slot, double now) {
    int requestId = slots.request[slot];
    int generated = ++requests.generated[requestId];
    if (generated == 1) {
      requests.firstToken[requestId] = now;
    }
    int target = slots.prefillTarget[slot];
    if (generated == requests.output[requestId]) {
      kv.release(kv.blocksFor(target) + stateBlocks);
      finish(slot, now);
      return;
    }
    decoders.join(slot, target, generated, requests.output[requestId]);
  }

  /** Evicts a sequence; it returns to the head of the queue and will recompute its KV. */
  private void preempt(int slot) {
    if (slot == SlotList.NONE) {
      throw new IllegalStateException("KV cache cannot hold the oldest running sequence");
    }
    int requestId = slots.request[slot];
    if (slots.isDecoding(slot)) {
      requests.generated[requestId] = decoders.drop(slot);
    } else {
      kv.release(kv.blocksFor(slots.prefillTarget[slot]));
      slots.prefilling().remove(slot);
    }
    kv.release(stateBlocks);
    slots.release(slot);
    waiting.addFirst(requestId);
    preemptions++;
  }

  private void finish(int slot, double now) {
    int requestId = slots.request[slot];
    slots.release(slot);
    listener.finished(requestId, now);
  }

  double iterationEnd() {
    return iterationEnd;
  }

  double busySeconds() {
    return busySeconds;
  }

  long preemptions() {
    return preemptions;
  }

  long usedKvBlocks() {
    return kv.usedBlocks();
  }

  long totalKvBlocks() {
    return kv.totalBlocks();
  }
}
