import { Route, Routes } from 'react-router';
import { ApplicationDetail } from './ApplicationDetail';
import { ApplicationForm } from './ApplicationForm';
import { ApplicationList } from './ApplicationList';
import { MaterialsPage } from '../materials/MaterialsPage';
import { RosterPage } from '../roster/RosterPage';

/** The applicant's pages, under /applications (loaded only when an applicant opens them). */
export default function ApplicationRoutes() {
  return (
    <Routes>
      <Route index element={<ApplicationList />} />
      <Route path="new" element={<ApplicationForm />} />
      <Route path=":id" element={<ApplicationDetail />} />
      <Route path=":id/edit" element={<ApplicationForm />} />
      <Route path=":id/roster" element={<RosterPage />} />
      <Route path=":id/materials" element={<MaterialsPage />} />
    </Routes>
  );
}
