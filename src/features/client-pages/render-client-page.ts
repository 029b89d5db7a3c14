import { spellDate } from '../../core/disruptions/time-frame.ts';
import { findCurrency } from '../../core/money/currencies.ts';
import { formatMinor } from '../../core/money/format-minor.ts';
import { formatBasisPoints } from '../../core/money/percent-of.ts';
import type { ClientPageView } from './find-client-page.ts';
import { html, paragraphs, type SafeHtml } from './html.ts';
import { pageShell } from './page-shell.ts';

/** The longest message a client may send from the page. */
export const MAX_MESSAGE_CHARS = 2_000;

/** What the form shows after a refused post: the reason, and what they typed, kept. */
export interface FormState {
  error?: string;
  message?: string;
  wantsCall?: boolean;
}

const STEP_STATE: Record<string, { mark: string; label: string }> = {
  planned: { mark: '', label: 'Planned' },
  in_progress: { mark: '…', label: 'In progress' },
  done: { mark: '✓', label: 'Done' },
};

const MEETING_KIND: Record<string, string> = {
  face_to_face: 'Face to face',
  video: 'Video call',
  phone: 'Phone call',
};

/** The client's private page: their update, the date, the plan, and a way to answer. */
export function renderClientPage(view: ClientPageView, formPath: string, form: FormState = {}): string {
  const body = html`
<h1>Hello ${view.firstName},</h1>
${view.isResolved ? thanksSection(view) : ''}
<section aria-labelledby="update">
<h2 id="update">${view.isResolved ? 'What happened' : 'What is going on'}</h2>
${paragraphs(view.clientMessage)}
</section>
${dateSection(view)}
${planSection(view)}
${meetingSection(view)}
${formSection(formPath, form)}`;
  return pageShell({ title: `An update from ${view.businessName}`, heading: view.businessName, body });
}

/** After a post: what we got, and the way back. */
export function renderSentPage(view: ClientPageView, pagePath: string, wantsCall: boolean): string {
  const body = html`<section>
<h1>Thank you, ${view.firstName}</h1>
<p>We have your message${wantsCall ? ' and will call you as soon as we can' : ' and will get back to you soon'}.</p>
<p><a href="${pagePath}">Back to the update</a></p>
</section>`;
  return pageShell({ title: 'Message sent', heading: view.businessName, body });
}

function thanksSection(view: ClientPageView): SafeHtml {
  const gift = thankYouText(view);
  return html`<section class="thanks" aria-labelledby="thanks">
<h2 id="thanks">Thank you for staying with us</h2>
${view.resolvedOn ? html`<p>Everything has been back to normal since ${spellDate(view.resolvedOn)}.</p>` : ''}
${view.closingNote ? paragraphs(view.closingNote) : ''}
${gift ? html`<p><strong>${gift}</strong></p>` : ''}
</section>`;
}

function dateSection(view: ClientPageView): SafeHtml {
  if (view.isResolved || !view.promisedOn) return html``;
  return html`<section aria-labelledby="when">
<h2 id="when">When things will be back to normal</h2>
<p class="date">${spellDate(view.promisedOn)}</p>
</section>`;
}

function planSection(view: ClientPageView): SafeHtml {
  if (view.planSteps.length === 0) return html``;
  const done = view.planSteps.filter((step) => step.state === 'done').length;
  const total = view.planSteps.length;
  return html`<section aria-labelledby="plan">
<h2 id="plan">Our plan</h2>
<p class="muted">${done} of ${total} steps done</p>
<progress max="${total}" value="${done}" aria-label="${done} of ${total} steps done">${done} of ${total}</progress>
<ol class="steps">${view.planSteps.map((step) => {
    const state = STEP_STATE[step.state] ?? { mark: '', label: step.state };
    return html`<li class="${step.state}"><span class="mark" aria-hidden="true">${state.mark}</span>
<span>${step.title}<span class="state">${state.label}</span>${step.detail ? html`<span class="detail">${step.detail}</span>` : ''}</span></li>`;
  })}</ol>
</section>`;
}

function meetingSection(view: ClientPageView): SafeHtml {
  const meeting = view.nextMeeting;
  if (!meeting) return html``;
  const when = new Intl.DateTimeFormat('en-GB', {
    timeZone: view.timezone,
    dateStyle: 'full',
    timeStyle: 'short',
  }).format(meeting.startsAt);
  return html`<section aria-labelledby="meeting">
<h2 id="meeting">Our next meeting</h2>
<p>${MEETING_KIND[meeting.kind] ?? meeting.kind}, ${when}${meeting.location ? html`, ${meeting.location}` : ''}</p>
</section>`;
}

function formSection(formPath: string, form: FormState): SafeHtml {
  return html`<section aria-labelledby="reply">
<h2 id="reply">Tell us what you think</h2>
<p class="muted">Your thoughts on the plan, a question, or a request for a call. It comes straight to us.</p>
<form method="post" action="${formPath}">
${form.error ? html`<p class="error" role="alert" id="form-error">${form.error}</p>` : ''}
<label for="message">Your message</label>
<textarea id="message" name="message" maxlength="${MAX_MESSAGE_CHARS}" rows="6"${form.error ? html` aria-describedby="form-error"` : ''}>${form.message ?? ''}</textarea>
<label class="check"><input type="checkbox" name="wantsCall" value="yes"${form.wantsCall ? html` checked` : ''}> Please call me</label>
<button type="submit">Send</button>
</form>
</section>`;
}

function thankYouText(view: ClientPageView): string | null {
  const thankYou = view.thankYou;
  if (!thankYou) return null;
  const terms = thankYou.terms;
  switch (thankYou.kind) {
    case 'service_credit':
      return `As a thank-you, a credit of ${money(Number(terms.amountMinor), view.currency)} comes off your next invoices.`;
    case 'free_month':
      return thankYou.valueMinor === null
        ? 'As a thank-you, your next month is on us.'
        : `As a thank-you, your next month is on us (${money(thankYou.valueMinor, view.currency)}).`;
    case 'discount':
      return `As a thank-you, ${formatBasisPoints(Number(terms.basisPoints))} off your next ${Number(terms.periods)} invoice${Number(terms.periods) === 1 ? '' : 's'}.`;
    default:
      // Gifts, notes and calls speak for themselves; their details stay with the team.
      return null;
  }
}

function money(amountMinor: number, code: string): string {
  const found = findCurrency(code);
  if (!found.ok) return `${amountMinor} ${code}`;
  const decimal = formatMinor(amountMinor, found.currency) as Intl.StringNumericLiteral;
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency: code }).format(decimal);
}
