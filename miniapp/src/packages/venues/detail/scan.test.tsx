import { fireEvent, screen } from '@testing-library/react';
import type { ComponentType } from 'react';
import { citizen, signedInAs } from '../../../../test/event-fixtures';
import { renderPage } from '../../../../test/render-page';
import Taro, { setLocation, setRouterParams, setScanResult } from '../../../../test/taro-double';
import { checkin, ok, passport, venue } from '../../../../test/venue-fixtures';

// The WeChat build scans with the camera; the page reads TARO_ENV when it loads, so it is loaded
// after switching to weapp.
const h5 = process.env.TARO_ENV;
let VenueDetailPage: ComponentType;
beforeAll(async () => {
  process.env.TARO_ENV = 'weapp';
  VenueDetailPage = (await import('./index')).default;
});
afterAll(() => {
  process.env.TARO_ENV = h5;
});

const checkinUrl = 'http://api.test/venues/v1/checkins';

function openVenue(mode: 'screen' | 'poster') {
  setRouterParams({ id: 'v1' });
  return signedInAs(
    citizen,
    ({ url, method }) => (url === checkinUrl && method === 'POST' ? ok(checkin(), 201) : undefined),
    ({ url }) => (url === 'http://api.test/venues/v1' ? ok(venue({ checkinMode: mode })) : undefined),
    ({ url }) => (url === 'http://api.test/me/passport' ? ok(passport()) : undefined),
  );
}

describe('打卡 on WeChat', () => {
  it('screen mode: scans the QR code and sends what it read', async () => {
    setScanResult({ result: 'SCREEN-CODE-1' });
    const requests = openVenue('screen');
    renderPage(VenueDetailPage);
    fireEvent.click(await screen.findByText('扫码打卡'));
    expect(await screen.findByText('打卡成功！')).toBeTruthy();
    expect(Taro.scanCode).toHaveBeenCalledWith(expect.objectContaining({ onlyFromCamera: true }));
    expect(requests.find((r) => r.method === 'POST')?.data).toEqual({ code: 'SCREEN-CODE-1' });
  });

  it('poster mode: scans, then sends the code with the location', async () => {
    setScanResult({ result: 'POSTER-CODE' });
    setLocation({ latitude: 39.2, longitude: 106.7, accuracy: 12 });
    const requests = openVenue('poster');
    renderPage(VenueDetailPage);
    fireEvent.click(await screen.findByText('扫码打卡'));
    expect(await screen.findByText('打卡成功！')).toBeTruthy();
    expect(Taro.getLocation).toHaveBeenCalledWith(expect.objectContaining({ type: 'gcj02' }));
    expect(requests.find((r) => r.method === 'POST')?.data).toEqual({
      code: 'POSTER-CODE',
      location: { lat: 39.2, lng: 106.7, accuracy: 12 },
    });
  });

  it('closing the camera is no error; a camera that fails offers the typed code', async () => {
    const requests = openVenue('screen');
    renderPage(VenueDetailPage);
    fireEvent.click(await screen.findByText('扫码打卡'));
    expect(screen.queryByText('未能扫码')).toBeNull();
    expect(screen.queryByPlaceholderText('二维码下方的打卡码')).toBeNull();

    setScanResult({ errMsg: 'scanCode:fail camera error' });
    fireEvent.click(screen.getByText('扫码打卡'));
    expect(await screen.findByText('未能扫码')).toBeTruthy();
    fireEvent.change(screen.getByPlaceholderText('二维码下方的打卡码'), { target: { value: '483920' } });
    fireEvent.click(screen.getByText('用输入的码打卡'));
    expect(await screen.findByText('打卡成功！')).toBeTruthy();
    expect(requests.find((r) => r.method === 'POST')?.data).toEqual({ code: '483920' });
  });

  it('offers WeChat settings when the location permission was refused', async () => {
    setScanResult({ result: 'POSTER-CODE' });
    setLocation({ errMsg: 'getLocation:fail auth deny' });
    openVenue('poster');
    renderPage(VenueDetailPage);
    fireEvent.click(await screen.findByText('扫码打卡'));
    fireEvent.click(await screen.findByText('去设置允许位置'));
    expect(Taro.openSetting).toHaveBeenCalled();
  });
});
