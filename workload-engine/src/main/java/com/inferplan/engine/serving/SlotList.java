package com.inferplan.engine.serving;

import java.util.Arrays;

/** Intrusive doubly linked list over slot numbers {@code 0..capacity-1}, in insertion order. */
final class SlotList {

  static final int NONE = -1;

  private final int[] prev;
  private final int[] next;
  private int head = NONE;
  private int tail = NONE;

  SlotList(int capacity) {
    prev = new int[capacity];
    next = new int[capacity];
    Arrays.fill(prev, NONE);
    Arrays.fill(next, NONE);
  }

  int head() {
    return head;
  }

  int tail() {
    return tail;
  }

  int next(int slot) {
    return next[slot];
  }

  void addLast(int slot) {
    prev[slot] = tail;
    next[slot] = NONE;
    if (tail == NONE) {
      head = slot;
    } else {
      next[tail] = slot;
    }
    tail = slot;
  }

  void remove(int slot) {
    if (prev[slot] == NONE) {
      head = next[slot];
    } else {
      next[prev[slot]] = next[slot];
    }
    if (next[slot] == NONE) {
      tail = prev[slot];
    } else {
      prev[next[slot]] = prev[slot];
    }
    prev[slot] = NONE;
    next[slot] = NONE;
  }
}
