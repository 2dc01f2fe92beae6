package com.inferplan.engine.serving;

/** Growable double-ended queue of ints (request ids waiting at one replica). */
final class IntRingDeque {

  private int[] items = new int[16];
  private int head;
  private int size;

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  int peekFirst() {
    return items[head];
  }

  int pollFirst() {
    int item = items[head];
    head = (head + 1) & (items.length - 1);
    size--;
    return item;
  }

  void addLast(int item) {
    growIfFull();
    items[(head + size) & (items.length - 1)] = item;
    size++;
  }

  void addFirst(int item) {
    growIfFull();
    head = (head - 1) & (items.length - 1);
    items[head] = item;
    size++;
  }

  private void growIfFull() {
    if (size < items.length) {
      return;
    }
    int[] larger = new int[items.length * 2];
    for (int i = 0; i < size; i++) {
      larger[i] = items[(head + i) & (items.length - 1)];
    }
    items = larger;
    head = 0;
  }
}
