import type { Page } from '@playwright/test';

/** The first-start offer in an empty workspace's Documents section. */
export function demoOffer(page: Page) {
  return {
    offer: page.getByTestId('demo-offer'),
    start: page.getByTestId('demo-offer-start'),
    progress: page.getByTestId('demo-offer-progress'),
  };
}
