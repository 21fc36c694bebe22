import { create } from 'zustand';
import { API_BASE_URL, type ListResponse, type Task } from '@/mocks/browser';

interface BoardState {
  tasks: Task[];
  status: 'pending' | 'ready' | 'failed';
  error: string | null;
  selectedIds: string[];
  loadTasks: () => Promise<void>;
  toggleSelected: (taskId: string) => void;
  clearSelection: () => void;
}

export const useBoardStore = create<BoardState>()((set) => ({
  tasks: [],
  status: 'pending',
  error: null,
  selectedIds: [],
  loadTasks: async () => {
    set({ status: 'pending', error: null });
    try {
      const response = await fetch(`${API_BASE_URL}/tasks?projectId=proj_01&sort=title&limit=100`);
      if (!response.ok) throw new Error(`GET /tasks answered ${response.status}`);
      set({ tasks: ((await response.json()) as ListResponse<Task>).items, status: 'ready' });
    } catch (error) {
      set({ status: 'failed', error: (error as Error).message });
    }
  },
  toggleSelected: (taskId) =>
    set((state) => ({
      selectedIds: state.selectedIds.includes(taskId)
        ? state.selectedIds.filter((id) => id !== taskId)
        : [...state.selectedIds, taskId],
    })),
  clearSelection: () => set({ selectedIds: [] }),
}));
