package com.inferplan.engine.agentic;

import java.util.List;

/**
 * Illustrative task shapes (assumptions, not measured traces), sized so that a ~1,000 tok/s and a
 * ~67 tok/s model land near OpenAI's published GPT-5.3-Codex-Spark vs GPT-5.3-Codex wall times
 * (docs/decisions/0405-agentic-task-model.md shows the arithmetic).
 */
public final class TaskPresets {

  private TaskPresets() {}

  /**
   * Short interactive edit ("build a snake game"): read the relevant files, write about 2,000
   * tokens of code and apply it, summarise. 3 turns, 2,250 output tokens, 4.5 s of tools.
   */
  public static CodingTask interactiveEdit() {
    return new CodingTask("interactive edit", 3_000, List.of(
        new Turn(200, 150, 2.0, 1),
        new Turn(1_500, 2_000, 2.5, 1),
        new Turn(100, 100, 0, 1)));
  }

  /**
   * Long agentic run (a SWE-Bench-Pro-style fix): 30 turns, each adding 1,200 tokens of tool
   * output and generating 1,900 tokens (reasoning, edits, commands), 2 s of tools per turn;
   * context grows from 12,000 to 105,000 tokens, inside a 128k window.
   */
  public static CodingTask longAgenticRun() {
    return CodingTask.uniform("long agentic run", 12_000, 30, new Turn(1_200, 1_900, 2.0, 1));
  }
}
