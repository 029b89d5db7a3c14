import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { ClipboardCheck, Inbox } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { oversightApi, oversightKeys } from '../../api/disruption-oversight.ts';
import type { Report, ReportStatus } from '../../api/disruption-oversight-types.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorBanner, fieldError } from '../../components/error-banner.tsx';
import { Field } from '../../components/field.tsx';
import { LoadMoreFooter } from '../../components/load-more-footer.tsx';
import { useToast } from '../../components/toaster.tsx';
import { ReportCard } from './report-card.tsx';

const FILTERS: { value: ReportStatus | ''; label: string }[] = [
  { value: 'submitted', label: 'To review' },
  { value: 'sent_back', label: 'Sent back' },
  { value: 'accepted', label: 'Accepted' },
  { value: '', label: 'All' },
];

/** The reports queue: what stand-ins filed, and — for the owner — accept or send back. */
export function OversightReports({ disruptionId, canReview }: { disruptionId: string; canReview: boolean }) {
  const [status, setStatus] = useState<ReportStatus | ''>('submitted');
  const reports = useInfiniteQuery({
    queryKey: oversightKeys.reports(disruptionId, status),
    queryFn: ({ pageParam }) => oversightApi.reports(disruptionId, { status, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const items = reports.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section className="card" aria-labelledby="reports-heading">
      <header className="card-header report-queue-head">
        <h2 id="reports-heading">
          <ClipboardCheck size={17} aria-hidden="true" /> Reports
        </h2>
        <fieldset className="segmented">
          <legend className="visually-hidden">Show reports</legend>
          {FILTERS.map((filter) => (
            <button
              key={filter.label}
              type="button"
              aria-pressed={status === filter.value}
              onClick={() => setStatus(filter.value)}
            >
              {filter.label}
            </button>
          ))}
        </fieldset>
      </header>
      <div className="card-body report-list">
        {!canReview && <p className="muted">Only the owner accepts or sends back reports.</p>}
        {reports.isSuccess && items.length === 0 && (
          <EmptyState
            icon={Inbox}
            title={status === 'submitted' ? 'Nothing to review' : 'No reports here'}
            compact
          >
            Stand-ins’ reports on their clients appear here as they file them.
          </EmptyState>
        )}
        {items.map((report) => (
          <ReportCard
            key={report.id}
            report={report}
            actions={
              canReview && report.status === 'submitted' ? (
                <ReviewActions disruptionId={disruptionId} report={report} />
              ) : undefined
            }
          />
        ))}
      </div>
      <LoadMoreFooter list={reports} />
    </section>
  );
}

function ReviewActions({ disruptionId, report }: { disruptionId: string; report: Report }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [sendingBack, setSendingBack] = useState(false);
  const [comment, setComment] = useState('');
  const review = useMutation({
    mutationFn: (decision: 'accept' | 'send_back') =>
      oversightApi.review(
        disruptionId,
        report.id,
        decision === 'accept' ? { decision } : { decision, comment },
      ),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: oversightKeys.all(disruptionId) });
      toast(result.status === 'accepted' ? 'Report accepted' : `Sent back to ${result.author.name}`);
    },
  });
  const sendBack = (event: FormEvent) => {
    event.preventDefault();
    review.mutate('send_back');
  };
  if (sendingBack) {
    return (
      <form className="form-stack review-form" onSubmit={sendBack} noValidate>
        <Field
          label="What is missing?"
          hint={`${report.author.name} sees this and files the report again.`}
          error={fieldError(review.error, 'comment')}
        >
          <textarea
            rows={2}
            value={comment}
            maxLength={4000}
            onChange={(event) => setComment(event.target.value)}
          />
        </Field>
        <ErrorBanner error={review.error} fields={['comment']} />
        <div className="form-actions">
          <button type="button" className="btn btn-ghost btn-small" onClick={() => setSendingBack(false)}>
            Cancel
          </button>
          <button type="submit" className="btn btn-danger btn-small" disabled={review.isPending}>
            Send back
          </button>
        </div>
      </form>
    );
  }
  return (
    <>
      <ErrorBanner error={review.error} />
      <button
        type="button"
        className="btn btn-primary btn-small"
        disabled={review.isPending}
        onClick={() => review.mutate('accept')}
      >
        Accept
      </button>
      <button type="button" className="btn btn-small" onClick={() => setSendingBack(true)}>
        Send back…
      </button>
    </>
  );
}
