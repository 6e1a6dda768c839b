// Teams in real Chromium: an owner invites a colleague from the members page, the colleague signs up and joins
// through the mailed link, sees only what the role opens, is demoted and removed; the audit page lists it all.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTenant, openPage, setUp, signUp, uniqueEmail, SCREENSHOTS } from './harness.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

test('an owner invites a developer who joins, is demoted, removed, and the audit log tells it', async () => {
  const owner = await openPage(env.browser, env.base);
  const colleague = await openPage(env.browser, env.base);
  try {
    await signUp(owner.page, env.base);
    const tenant = await createTenant(owner.page, 'Team tea shop');
    await owner.page.goto(`${tenant.url}/members`);
    const email = uniqueEmail();
    await owner.page.getByLabel('Email', { exact: true }).fill(email);
    await owner.page.getByLabel('Role', { exact: true }).selectOption('developer');
    await owner.page.getByRole('button', { name: 'Send invitation' }).click();
    assert.match(await owner.page.locator('.notice').textContent(), /Invitation sent/);
    assert.equal(await owner.page.locator('#invitations tbody tr').count(), 1);

    // the development mailbox shows the signed-in person's mail: the colleague signs up, then reads the link
    await signUp(colleague.page, env.base, email);
    await colleague.page.goto(`${env.base}/dev/mailbox`);
    const link = (await colleague.page.locator('pre').first().textContent()).match(/(\/dashboard\/invitations\/[\w-]+)/)[1];
    await colleague.page.goto(`${env.base}${link}`);
    await colleague.page.getByRole('button', { name: 'Accept invitation' }).click();
    await colleague.page.waitForURL(tenant.url);
    assert.match(await colleague.page.locator('.notice').textContent(), /you are developer/);
    const nav = colleague.page.getByRole('navigation', { name: 'Tenant sections' });
    assert.equal(await nav.getByRole('link', { name: 'API keys' }).count(), 1);
    assert.equal(await nav.getByRole('link', { name: 'Settings' }).count(), 0);
    assert.equal(await nav.getByRole('link', { name: 'Audit log' }).count(), 0);
    await colleague.page.screenshot({ path: `${SCREENSHOTS}teams-developer.png`, fullPage: true });

    await owner.page.goto(`${tenant.url}/members`);
    await owner.page.getByLabel(`Role of ${email}`).selectOption('viewer');
    await owner.page.locator('.notice').waitFor();
    assert.match(await owner.page.locator('.notice').textContent(), /Role changed to viewer/);
    await colleague.page.reload();
    assert.equal(await nav.getByRole('link', { name: 'API keys' }).count(), 0);
    const refused = await colleague.page.goto(`${tenant.url}/keys`);
    assert.equal(refused.status(), 403);
    assert.match(await colleague.page.locator('main').textContent(), /owner, admin or developer/);

    await owner.page.goto(`${tenant.url}/members`);
    await owner.page.getByRole('button', { name: `Remove ${email}` }).click();
    assert.match(await owner.page.locator('.notice').textContent(), /Member removed/);
    const gone = await colleague.page.goto(tenant.url);
    assert.equal(gone.status(), 404);

    await owner.page.goto(`${tenant.url}/audit`);
    const actions = await owner.page.locator('#audit code.action').allTextContents();
    assert.deepEqual(actions.slice(0, 4), ['member.removed', 'member.role-changed', 'member.joined', 'member.invited']);
    await owner.page.getByLabel('Action').fill('member.role-changed');
    await owner.page.getByRole('button', { name: 'Filter' }).click();
    assert.deepEqual(await owner.page.locator('#audit code.action').allTextContents(), ['member.role-changed']);
    await owner.page.screenshot({ path: `${SCREENSHOTS}teams-audit.png`, fullPage: true });
    assert.deepEqual(owner.seen.pageErrors, []);
  } finally {
    await owner.context.close();
    await colleague.context.close();
  }
});
