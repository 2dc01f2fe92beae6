package com.inferplan.engine.serving;

import java.util.Arrays;

/**
 * Binary min-heap of the integers {@code 0..capacity-1} keyed by a double, with removal and key
 * change by item in O(log n). Primitive arrays only: it sits on the simulator's hot path.
 */
final class IndexedMinHeap {

  private final int[] heap;
  private final int[] position;
  private final double[] key;
  private int size;

  IndexedMinHeap(int capacity) {
    heap = new int[capacity];
    position = new int[capacity];
    key = new double[capacity];
    Arrays.fill(position, -1);
  }

  boolean isEmpty() {
    return size == 0;
  }

  boolean contains(int item) {
    return position[item] >= 0;
  }

  int minItem() {
    return heap[0];
  }

  double minKey() {
    return key[heap[0]];
  }

  /** Inserts {@code item} or moves it to {@code newKey} if present. */
  void put(int item, double newKey) {
    if (contains(item)) {
      double old = key[item];
      key[item] = newKey;
      if (newKey < old) {
        siftUp(position[item]);
      } else {
        siftDown(position[item]);
      }
      return;
    }
    key[item] = newKey;
    heap[size] = item;
    position[item] = size;
    siftUp(size++);
  }

  void remove(int item) {
    int at = position[item];
    int last = heap[--size];
    position[item] = -1;
    if (at == size) {
      return;
    }
    heap[at] = last;
    position[last] = at;
    siftUp(at);
    siftDown(position[last]);
  }

  private void siftUp(int at) {
    int item = heap[at];
    while (at > 0) {
      int parent = (at - 1) >>> 1;
      if (key[heap[parent]] <= key[item]) {
        break;
      }
      place(heap[parent], at);
      at = parent;
    }
    place(item, at);
  }

  private void siftDown(int at) {
    int item = heap[at];
    while (true) {
      int child = 2 * at + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && key[heap[child + 1]] < key[heap[child]]) {
        child++;
      }
      if (key[heap[child]] >= key[item]) {
        break;
      }
      place(heap[child], at);
      at = child;
    }
    place(item, at);
  }

  private void place(int item, int at) {
    heap[at] = item;
    position[item] = at;
  }
}
