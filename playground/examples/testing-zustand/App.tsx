import { selectTotal, useCartStore } from './store';

const PRODUCTS = [
  { sku: 'apple', name: 'Apple', price: 0.5 },
  { sku: 'bread', name: 'Bread', price: 2.25 },
  { sku: 'cheese', name: 'Cheese', price: 4 },
];

export default function App() {
  const lines = useCartStore((state) => state.lines);
  const total = useCartStore(selectTotal);
  const add = useCartStore((state) => state.add);
  const remove = useCartStore((state) => state.remove);
  return (
    <main>
      <h1>Shop</h1>
      <ul>
        {PRODUCTS.map((product) => (
          <li key={product.sku}>
            {product.name} — ${product.price.toFixed(2)}{' '}
            <button type="button" onClick={() => add(product)}>
              Add
            </button>
          </li>
        ))}
      </ul>
      <h2>Cart</h2>
      <ul>
        {lines.map((line) => (
          <li key={line.sku}>
            {line.quantity} × {line.name}{' '}
            <button type="button" onClick={() => remove(line.sku)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <p>Total: ${total.toFixed(2)}</p>
    </main>
  );
}
