package com.inferplan.engine.agentic;

import com.inferplan.engine.serving.validation.InvalidInputException;
import com.inferplan.engine.serving.validation.Require;
import java.util.Collections;
import java.util.List;

/** An agentic coding task: a starting context (system prompt, repository map) and its turns. */
public record CodingTask(String name, long initialContextTokens, List<Turn> turns) {

  public CodingTask {
    Require.present("name", name);
    Require.nonNegative("initialContextTokens", initialContextTokens);
    Require.present("turns", turns);
    if (turns.isEmpty()) {
      throw new InvalidInputException("turns", "[]", "a task needs at least one turn");
    }
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
