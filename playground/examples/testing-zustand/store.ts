import { create } from 'zustand';

export interface CartLine {
  sku: string;
  name: string;
  price: number;
  quantity: number;
}

interface CartState {
  lines: CartLine[];
  add: (item: Omit<CartLine, 'quantity'>) => void;
  remove: (sku: string) => void;
  clear: () => void;
}

export const useCartStore = create<CartState>()((set) => ({
  lines: [],
  add: (item) =>
    set((state) => {
      const line = state.lines.find((l) => l.sku === item.sku);
      if (line) return { lines: state.lines.map((l) => (l.sku === item.sku ? { ...l, quantity: l.quantity + 1 } : l)) };
      return { lines: [...state.lines, { ...item, quantity: 1 }] };
    }),
  remove: (sku) => set((state) => ({ lines: state.lines.filter((l) => l.sku !== sku) })),
  clear: () => set({ lines: [] }),
}));

export const selectTotal = (state: { lines: CartLine[] }) => state.lines.reduce((sum, l) => sum + l.price * l.quantity, 0);
