import { environmentManager, MutationObserver, QueryClient, QueryObserver } from '@tanstack/react-query';
import { createStore } from 'jotai/vanilla';
import type { Project, Task } from '@/mocks/browser';
import { filterByStatus, type StatusFilter } from '../migration-1-before/filters';
import * as legacyProjects from '../migration-1-before/projects';
import * as legacySelectors from '../migration-1-before/selectors';
import * as legacyStore from '../migration-1-before/store';
import * as legacyTasks from '../migration-1-before/tasks';
import * as legacyUi from '../migration-1-before/ui';
import * as slicesProjects from '../migration-1-after/projects';
import * as slicesStore from '../migration-1-after/store';
import * as slicesTasks from '../migration-1-after/tasks';
import * as slicesUi from '../migration-1-after/ui';
import * as rtkQueryStore from '../migration-2-after-rtk-query/store';
import { tasksApi } from '../migration-2-after-rtk-query/tasksApi';
import * as rtkQueryUi from '../migration-2-after-rtk-query/ui';
import * as tanstackQueries from '../migration-2-after-tanstack-query/queries';
import * as tanstackStore from '../migration-2-after-tanstack-query/store';
import * as tanstackUi from '../migration-2-after-tanstack-query/ui';
import * as atomsQueries from '../migration-3-after/queries';
import * as atomsUi from '../migration-3-after/ui';
import { quiet, rows, type ListView, type TaskScreen } from './story';

/** What the thunk-based lists read: the same state shape before and after step 1. */
type ThunkState = legacyStore.RootState;

/** A thunk-based app: the components dispatch these, and read the store with these selectors. */
interface ThunkApp {
  makeStore(): {
    dispatch(action: unknown): unknown;
    getState(): ThunkState;
    subscribe(listener: () => void): () => void;
  };
  /** App's effect on mount. */
  loadProjects(): unknown;
  /** ProjectPicker's onChange. */
  openProject(projectId: string): unknown;
  /** TaskList's status filter. */
  chooseStatus(filter: StatusFilter): unknown;
  /** TaskRow's button. */
  markTaskDone(task: Task): unknown;
}

function thunkScreen(app: ThunkApp): TaskScreen {
  const store = app.makeStore();
  let running = 0;
  const run = (action: unknown) => {
    const result = store.dispatch(action);
    if (result instanceof Promise) {
      running++;
      void result.finally(() => running--);
    }
  };
  const visibleTasks = () => legacySelectors.selectVisibleTasks(store.getState());
  return {
    mount: () => run(app.loadProjects()),
    openProject: (projectId) => run(app.openProject(projectId)),
    chooseStatus: (filter) => run(app.chooseStatus(filter)),
    markDone: (title) => run(app.markTaskDone(visibleTasks().find((task) => task.title === title)!)),
    list(): ListView {
      const state = store.getState();
      const project = legacySelectors.selectSelectedProject(state);
      if (!project) return 'nothing';
      if (state.tasks.error) return { error: state.tasks.error };
      if (state.tasks.loading) return 'loading';
      return { project: project.name, rows: rows(visibleTasks()) };
    },
    subscribe: (listener) => store.subscribe(listener),
    settled: () => quiet(() => running > 0),
    unmount() {},
  };
}

/** migration-1-before: hand-written action types, switch reducers and thunks on `legacy_createStore`. */
export const legacyScreen = () =>
  thunkScreen({
    makeStore: legacyStore.makeStore,
    loadProjects: legacyProjects.loadProjects,
    openProject: legacyUi.openProject,
    chooseStatus: legacyUi.setStatusFilter,
    markTaskDone: legacyTasks.markTaskDone,
  });

/** migration-1-after: the same app on Redux Toolkit slices. */
export const slicesScreen = () =>
  thunkScreen({
    makeStore: slicesStore.makeStore,
    loadProjects: slicesProjects.loadProjects,
    openProject: slicesUi.openProject,
    chooseStatus: slicesUi.statusFilterChanged,
    markTaskDone: slicesTasks.markTaskDone,
  });

/** migration-2-after-rtk-query: hooks subscribe to RTK Query's cache; the store keeps the `ui` slice. */
export function rtkQueryScreen(): TaskScreen {
  const store = rtkQueryStore.makeStore();
  const { getProjects, getProjectTasks, markTaskDone } = tasksApi.endpoints;
  const subscriptions: { unsubscribe(): void }[] = [];
  let taskListQuery: { projectId: string; unsubscribe(): void } | undefined;
  let subscriptionsChanged = false;

  const selectedProject = () => {
    const state = store.getState();
    return rtkQueryUi.findSelectedProject(getProjects.select()(state).data, rtkQueryUi.selectSelectedProjectId(state));
  };
  // TaskList re-renders: `useGetProjectTasksQuery(project?.id ?? skipToken)` moves its subscription to the new project.
  const render = () => {
    const project = selectedProject();
    if (project?.id === taskListQuery?.projectId) return;
    subscriptionsChanged = true;
    taskListQuery?.unsubscribe();
    if (!project) {
      taskListQuery = undefined;
      return;
    }
    const subscription = store.dispatch(getProjectTasks.initiate(project.id));
    taskListQuery = { projectId: project.id, unsubscribe: () => subscription.unsubscribe() };
  };
  const busy = () => {
    const { queries, mutations } = store.getState()[tasksApi.reducerPath];
    return [...Object.values(queries), ...Object.values(mutations)].some((entry) => entry?.status === 'pending');
  };

  return {
    mount() {
      // useGetProjectsQuery in ProjectPicker, and in useSelectedProject in ProjectPicker and in TaskList.
      for (let hook = 0; hook < 3; hook++) subscriptions.push(store.dispatch(getProjects.initiate()));
      subscriptionsChanged = true;
      render();
    },
    openProject: (projectId) => void store.dispatch(rtkQueryUi.projectSelected(projectId)),
    chooseStatus: (filter) => void store.dispatch(rtkQueryUi.statusFilterChanged(filter)),
    markDone(title) {
      const project = selectedProject()!;
      const task = getProjectTasks.select(project.id)(store.getState()).data!.find((t) => t.title === title)!;
      void store.dispatch(markTaskDone.initiate(task));
    },
    list(): ListView {
      render();
      const state = store.getState();
      const project = selectedProject();
      if (!project) return 'nothing';
      const { data: tasks, error } = getProjectTasks.select(project.id)(state);
      if (error) return { error: JSON.stringify(error) };
      if (!tasks) return 'loading';
      return { project: project.name, rows: rows(filterByStatus(tasks, rtkQueryUi.selectStatusFilter(state))) };
    },
    subscribe: (listener) => store.subscribe(listener),
    async settled() {
      await quiet(() => {
        render();
        return busy();
      });
      // RTK Query copies its subscriptions into the store (`subscriptionsUpdated`) 500 ms after they
      // change. A person's next click comes later than that, so the count includes it, as in the browser.
      if (subscriptionsChanged) await new Promise((resolve) => setTimeout(resolve, 550));
      subscriptionsChanged = false;
    },
    unmount() {
      taskListQuery?.unsubscribe();
      for (const subscription of subscriptions) subscription.unsubscribe();
      store.dispatch(tasksApi.util.resetApiState());
    },
  };
}

/** Where a TanStack Query variant keeps the picked project and the status filter. */
interface ClientState {
  selectedProjectId(): string | null;
  selectProject(projectId: string): void;
  statusFilter(): StatusFilter;
  chooseStatus(filter: StatusFilter): void;
  subscribe(listener: () => void): () => void;
}

type QueriesModule = typeof tanstackQueries;

function tanstackScreen(queries: QueriesModule, findSelectedProject: typeof tanstackUi.findSelectedProject, clientState: ClientState): TaskScreen {
  // Behave as in the browser (refetch on focus, garbage collection), not as on a server.
  const wasServer = environmentManager.isServer();
  environmentManager.setIsServer(() => false);
  const client = new QueryClient();
  client.mount();
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  const unsubscribes: (() => void)[] = [];
  const observe = <O extends { subscribe(listener: () => void): () => void }>(observer: O): O => {
    unsubscribes.push(observer.subscribe(notify));
    return observer;
  };
  const projectsObserver = () => observe(new QueryObserver(client, queries.projectsQuery()));
  const tasksObserver = () => observe(new QueryObserver(client, queries.projectTasksQuery(undefined)));
  let listProjects: ReturnType<typeof projectsObserver> | undefined;
  let listTasks: ReturnType<typeof tasksObserver> | undefined;
  let listProjectId: string | undefined;

  const selectedProject = () => findSelectedProject(listProjects?.getCurrentResult().data, clientState.selectedProjectId());
  // TaskList re-renders: `useQuery(projectTasksQuery(project?.id))` moves its observer to the new key.
  const render = () => {
    const project = selectedProject();
    if (!listTasks || project?.id === listProjectId) return;
    listProjectId = project?.id;
    listTasks.setOptions(queries.projectTasksQuery(listProjectId));
  };

  return {
    mount() {
      // useQuery(projectsQuery()) in ProjectPicker, and in useSelectedProject in ProjectPicker and in TaskList.
      projectsObserver();
      projectsObserver();
      listProjects = projectsObserver();
      listTasks = tasksObserver();
      render();
    },
    openProject: (projectId) => clientState.selectProject(projectId),
    chooseStatus: (filter) => clientState.chooseStatus(filter),
    markDone(title) {
      const task = listTasks!.getCurrentResult().data!.find((t) => t.title === title)!;
      // TaskRow's useMutation: `mutate` reports errors through the hook, it doesn't throw.
      new MutationObserver(client, queries.markDoneMutation()).mutate(task).catch(() => {});
    },
    list(): ListView {
      render();
      const project = selectedProject();
      if (!project || !listTasks) return 'nothing';
      const { data: tasks, error } = listTasks.getCurrentResult();
      if (error) return { error: error.message };
      if (!tasks) return 'loading';
      return { project: project.name, rows: rows(filterByStatus(tasks, clientState.statusFilter())) };
    },
    subscribe(listener) {
      listeners.add(listener);
      const stopCache = client.getQueryCache().subscribe(listener);
      const stopState = clientState.subscribe(listener);
      return () => {
        listeners.delete(listener);
        stopCache();
        stopState();
      };
    },
    settled: () =>
      quiet(() => {
        render();
        return client.isFetching() > 0 || client.isMutating() > 0;
      }),
    unmount() {
      for (const unsubscribe of unsubscribes) unsubscribe();
      client.clear();
      client.unmount();
      environmentManager.setIsServer(() => wasServer);
    },
  };
}

/**
 * migration-2-after-tanstack-query: server state in TanStack Query, the `ui` slice still in Redux.
 * `tasksStaleTime` replaces the example's `staleTime` for task lists, to measure another choice.
 */
export function tanstackQueryScreen({ tasksStaleTime }: { tasksStaleTime?: number } = {}): TaskScreen {
  const store = tanstackStore.makeStore();
  const queries: QueriesModule =
    tasksStaleTime === undefined
      ? tanstackQueries
      : { ...tanstackQueries, projectTasksQuery: (projectId) => ({ ...tanstackQueries.projectTasksQuery(projectId), staleTime: tasksStaleTime }) };
  return tanstackScreen(queries, tanstackUi.findSelectedProject, {
    selectedProjectId: () => tanstackUi.selectSelectedProjectId(store.getState()),
    selectProject: (projectId) => void store.dispatch(tanstackUi.projectSelected(projectId)),
    statusFilter: () => tanstackUi.selectStatusFilter(store.getState()),
    chooseStatus: (filter) => void store.dispatch(tanstackUi.statusFilterChanged(filter)),
    subscribe: (listener) => store.subscribe(listener),
  });
}

/** migration-3-after: no Redux; the picked project in a Jotai atom, the filter in TaskList's useState. */
export function atomsScreen(): TaskScreen {
  // What <Provider> (or Jotai's default store) gives the components.
  const atoms = createStore();
  // TaskList's `useState<StatusFilter>('all')`: setting it re-renders the list.
  let statusFilter: StatusFilter = 'all';
  const filterListeners = new Set<() => void>();
  return tanstackScreen(atomsQueries, atomsUi.findSelectedProject, {
    selectedProjectId: () => atoms.get(atomsUi.selectedProjectIdAtom),
    selectProject: (projectId) => atoms.set(atomsUi.selectedProjectIdAtom, projectId),
    statusFilter: () => statusFilter,
    chooseStatus(filter) {
      statusFilter = filter;
      filterListeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      filterListeners.add(listener);
      const stopAtom = atoms.sub(atomsUi.selectedProjectIdAtom, listener);
      return () => {
        filterListeners.delete(listener);
        stopAtom();
      };
    },
  });
}
