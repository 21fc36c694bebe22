import { connect, type ConnectedProps } from 'react-redux';
import type { RootState } from './store';
import { openProject } from './ui';

const mapStateToProps = (state: RootState) => ({
  projects: state.projects.items,
  selectedProjectId: state.ui.selectedProjectId,
  loading: state.projects.loading,
  error: state.projects.error,
});

const connector = connect(mapStateToProps, { onOpen: openProject });

function ProjectPicker({ projects, selectedProjectId, loading, error, onOpen }: ConnectedProps<typeof connector>) {
  if (error) return <p role="alert">Could not load the projects: {error}</p>;
  if (loading) return <p>Loading projects…</p>;
  return (
    <label>
      Project{' '}
      <select value={selectedProjectId ?? ''} onChange={(event) => onOpen(event.target.value)}>
        {projects.map((project) => (
          <option key={project.id} value={project.id}>
            {project.name}
          </option>
        ))}
      </select>
    </label>
  );
}

export default connector(ProjectPicker);
