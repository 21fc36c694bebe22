import { beforeEach, describe, expect, it } from 'vitest';
import { selectTotal, useCartStore } from './store';

// A Zustand store is a module-level singleton: it outlives each test. Keep its first state
// and put it back before every test (`true` replaces the state instead of merging into it).
const initialState = useCartStore.getState();
beforeEach(() => {
  useCartStore.setState(initialState, true);
});

const cart = () => useCartStore.getState();
const apple = { sku: 'apple', name: 'Apple', price: 0.5 };
const bread = { sku: 'bread', name: 'Bread', price: 2.25 };

describe('the cart store', () => {
  it('adds a new item as a line of one', () => {
    cart().add(apple);
    expect(cart().lines).toEqual([{ ...apple, quantity: 1 }]);
  });

  it('adds the same item again as one more of the line', () => {
    cart().add(apple);
    cart().add(apple);
    expect(cart().lines).toHaveLength(1);
    expect(cart().lines[0]!.quantity).toBe(2);
  });

  it('starts empty again: the reset undid the last test', () => {
    expect(cart().lines).toEqual([]);
  });

  it('totals price times quantity', () => {
    cart().add(apple);
    cart().add(apple);
    cart().add(bread);
    expect(selectTotal(cart())).toBe(3.25);
  });

  it('removes a line', () => {
    cart().add(apple);
    cart().add(bread);
    cart().remove('apple');
    expect(cart().lines.map((l) => l.sku)).toEqual(['bread']);
  });
});
