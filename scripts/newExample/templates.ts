// The files `npm run new:example <id>` writes: a small example that passes every
// gate as generated (type-check, Node test, boots in the browser, current APIs).

export function exampleFiles(id: string, title: string): Record<string, string> {
  return {
    'meta.ts': `import { defineExample } from '../exampleMeta.ts';

export default defineExample({
  title: ${JSON.stringify(title)},
  entry: '/index.tsx',
  activeFile: '/App.tsx',
  visibleFiles: ['/App.tsx', '/api.ts', '/index.tsx'],
  mockBackend: true,
  // Text the preview shows once the first data has loaded: the e2e suite waits for it.
  firstData: 'Accessibility Cleanup',
});
`,
    'index.tsx': `import { createRoot } from 'react-dom/client';
import { startMockBackend } from '@/mocks/browser';
import App from './App';

// The mock backend answers in the page, before the app's first request.
await startMockBackend();

createRoot(document.getElementById('root')!).render(<App />);
`,
    'api.ts': `import { API_BASE_URL, type ListResponse, type Project } from '@/mocks/browser';

/** The first projects, by name. */
export async function fetchProjects(limit = 5): Promise<Project[]> {
  const response = await fetch(\`\${API_BASE_URL}/projects?limit=\${limit}&sort=name\`);
  if (!response.ok) throw new Error(\`Loading projects failed: \${response.status}\`);
  const page = (await response.json()) as ListResponse<Project>;
  return page.items;
}
`,
    'App.tsx': `import { useEffect, useState } from 'react';
import type { Project } from '@/mocks/browser';
import { fetchProjects } from './api';

export default function App() {
  const [projects, setProjects] = useState<Project[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    fetchProjects().then(setProjects, (e: Error) => setError(e.message));
  }, []);

  if (error) return <p role="alert">{error}</p>;
  if (!projects) return <p>Loading projects…</p>;
  return (
    <main>
      <h1>Projects</h1>
      <ul>
        {projects.map((project) => (
          <li key={project.id}>{project.name}</li>
        ))}
      </ul>
    </main>
  );
}
`,
    [`${id}.test.ts`]: `import { afterEach, describe, expect, it } from 'vitest';
import { startMockBackend, type MockBackend } from '@/mocks/node';
import { fetchProjects } from './api';

describe(${JSON.stringify(title)}, () => {
  let backend: MockBackend;
  afterEach(() => backend.stop());

  it('loads the first projects by name', async () => {
    backend = startMockBackend();
    const projects = await fetchProjects(3);
    expect(projects.map((p) => p.name)).toEqual([...projects.map((p) => p.name)].sort((a, b) => a.localeCompare(b)));
    expect(projects[0].name).toBe('Accessibility Cleanup');
  });

  it('reports a clear error when the server fails', async () => {
    backend = startMockBackend({ faults: { errorRate: { 'GET /projects': 1 } } });
    await expect(fetchProjects()).rejects.toThrow('Loading projects failed: 500');
  });
});
`,
  };
}
