package com.inferplan.engine.agentic;

import com.inferplan.engine.serving.validation.InvalidInputException;
import com.inferplan.engine.serving.validation.Require;
import java.util.Collections;
import java.util.List;

/** An agentic coding task: a starting context (system prompt, repository map) and its turns. */
public record CodingTask(String name, long initialContextTokens, List<Turn> turns) {

  /** Ten million tokens: beyond any model's context, so no sum of turns overflows. */
  static final long MAX_CONTEXT_TOKENS = 10_000_000;
  static final int MAX_TURNS = 1_000;

  public CodingTask {
    Require.present("name", name);
    Require.atMost("initialContextTokens", Require.nonNegative("initialContextTokens", initialContextTokens),
        MAX_CONTEXT_TOKENS);
    Require.present("turns", turns);
    if (turns.isEmpty()) {
      throw new InvalidInputException("turns", "[]", "a task needs at least one turn");
    }
    Require.atMost("turns", turns.size(), MAX_TURNS);
    turns = List.copyOf(turns);
  }

  /** {@code count} identical turns. */
  public static CodingTask uniform(String name, long initialContextTokens, int count, Turn turn) {
    Require.positive("count", count);
    return new CodingTask(name, initialContextTokens, Collections.nCopies(count, turn));
  }

  /** Context tokens after the last turn's answer. */
  public long finalContextTokens() {
    long context = initialContextTokens;
    for (Turn turn : turns) {
      context += turn.addedContextTokens() + turn.outputTokens();
    }
    return context;
  }
}
