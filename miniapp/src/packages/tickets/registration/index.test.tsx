import { fireEvent, screen, waitFor } from '@testing-library/react';
import { citizen, event, registration, signedInAs } from '../../../../test/event-fixtures';
import { renderPage } from '../../../../test/render-page';
import Taro, { answerModals, setRouterParams } from '../../../../test/taro-double';
import RegistrationPage from './index';

const detailUrl = 'http://api.test/events/ev1';

describe('报名详情 page', () => {
  it('shows the QR ticket with its last 6 characters for a confirmed registration', async () => {
    setRouterParams({ eventId: 'ev1' });
    signedInAs(citizen, ({ url }) =>
      url === detailUrl ? { statusCode: 200, data: event({ myRegistration: registration() }) } : undefined,
    );
    renderPage(RegistrationPage);
    expect(await screen.findByText('AB12CD')).toBeTruthy();
    expect(screen.getByTestId('ticket-qr').tagName).toBe('CANVAS');
    expect(screen.getByText('报名成功')).toBeTruthy();
    expect(screen.getByText('3 人')).toBeTruthy();
  });

  it('shows the 6-character 签到码 under the QR when the server gives one', async () => {
    setRouterParams({ eventId: 'ev1' });
    signedInAs(citizen, ({ url }) =>
      url === detailUrl
        ? { statusCode: 200, data: event({ myRegistration: registration({ ticketCode: 'K7M4QX' }) }) }
        : undefined,
    );
    renderPage(RegistrationPage);
    expect(await screen.findByText('K7M4QX')).toBeTruthy();
    expect(screen.getByText('签到码')).toBeTruthy();
    expect(screen.queryByText('AB12CD')).toBeNull();
  });

  it('says when the ticket was checked in at the door', async () => {
    setRouterParams({ eventId: 'ev1' });
    signedInAs(citizen, ({ url }) =>
      url === detailUrl
        ? {
            statusCode: 200,
            data: event({ myRegistration: registration({ checkedInAt: '2026-12-05T01:12:00.000Z' }) }),
          }
        : undefined,
    );
    renderPage(RegistrationPage);
    expect(await screen.findByText('已于 12月5日 周六 09:12 签到入场')).toBeTruthy();
    // The seats were used: the server refuses a cancellation, so none is offered.
    expect(screen.getByText('已经签到入场的报名不能再取消。')).toBeTruthy();
    expect(screen.queryByText('取消报名')).toBeNull();
  });

  it('shows the waitlist position and no ticket while waitlisted', async () => {
    setRouterParams({ eventId: 'ev1' });
    signedInAs(citizen, ({ url }) =>
      url === detailUrl
        ? {
            statusCode: 200,
            data: event({
              myRegistration: registration({ status: 'waitlisted', waitlistPosition: 4, ticket: null }),
            }),
          }
        : undefined,
    );
    renderPage(RegistrationPage);
    expect(await screen.findByText('第 4 位')).toBeTruthy();
    expect(screen.queryByTestId('ticket-qr')).toBeNull();
  });

  it('cancels after the confirmation and shows the cancelled state', async () => {
    setRouterParams({ eventId: 'ev1' });
    let mine = registration();
    const requests = signedInAs(citizen, ({ url, method }) => {
      if (url === detailUrl) return { statusCode: 200, data: event({ myRegistration: mine }) };
      if (url === `${detailUrl}/registrations/me` && method === 'DELETE') {
        mine = registration({ status: 'cancelled', ticket: null });
        return { statusCode: 200, data: mine };
      }
      return undefined;
    });
    renderPage(RegistrationPage);
    answerModals(false, true);
    fireEvent.click(await screen.findByText('取消报名'));
    await waitFor(() => expect(Taro.showModal).toHaveBeenCalledTimes(1));
    expect(requests.some((r) => r.method === 'DELETE')).toBe(false);

    fireEvent.click(screen.getByText('取消报名'));
    expect(await screen.findByText('此报名已取消，入场码已失效。')).toBeTruthy();
    expect(requests.filter((r) => r.method === 'DELETE')).toHaveLength(1);
    expect(screen.queryByTestId('ticket-qr')).toBeNull();
  });

  it('asks a signed-out person to log in', async () => {
    setRouterParams({ eventId: 'ev1' });
    renderPage(RegistrationPage);
    expect(await screen.findByText('请先登录，再查看您的报名')).toBeTruthy();
  });
});
