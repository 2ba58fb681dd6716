import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../../renderer/app.js';
import { useFakeBridge } from '../test-env.js';

describe('the mode switch', () => {
  useFakeBridge();

  it('switches between the wizard and the Site view, marking the shown one', async () => {
    const user = userEvent.setup();
    render(<App />);
    const nav = screen.getByRole('navigation', { name: 'Mode' });
    const one = within(nav).getByRole('button', { name: 'One outlet' });
    const site = within(nav).getByRole('button', { name: 'Site' });
    expect(one).toHaveAttribute('aria-current', 'page');
    expect(site).not.toHaveAttribute('aria-current');

    await user.click(site);
    expect(site).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Set up a site job');
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    const steps = within(screen.getByRole('navigation', { name: 'Progress' })).getAllByRole(
      'listitem',
    );
    expect(steps.map((step) => step.textContent)).toEqual([
      'Set up',
      'Pre-flight',
      'Run',
      'Report',
    ]);
    expect(steps[0]).toHaveAttribute('aria-current', 'step');

    // Keyboard: a native button, so Enter on "One outlet" switches back.
    one.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Connect to your outlet');
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });
});
