import { WELCOME, createDiary, expect, openFirstRun, test } from './fixtures';

const NUMBERS = [
	{ tel: '999', shown: '999' },
	{ tel: '101', shown: '101' },
	{ tel: '08088020300', shown: '0808 802 0300' },
	{ tel: '02038664107', shown: '020 3866 4107' },
	{ tel: '03301025811', shown: '03301 025811' }
];

test('every number on "Who can help" is there and tappable, and the Silent Solution is explained', async ({
	page
}) => {
	await createDiary(page);
	await page.getByRole('button', { name: 'Help', exact: true }).click();
	await page
		.getByRole('main')
		.getByRole('button', { name: /^Who can help/ })
		.click();
	await expect(page.getByRole('heading', { name: 'Who can help', level: 1 })).toBeFocused();
	for (const { tel, shown } of NUMBERS) {
		const link = page.getByRole('link', { name: new RegExp(shown) }).first();
		await expect(link).toBeVisible();
		await expect(link).toHaveAttribute('href', `tel:${tel}`);
		const box = await link.boundingBox();
		expect(box!.height).toBeGreaterThanOrEqual(44);
	}
	await expect(page.getByText(/55/).first()).toBeVisible();
	await expect(page.getByText(/Safer Places/).first()).toBeVisible();
});

test('the support pages are reachable from the first-run steps too', async ({ page }) => {
	await openFirstRun(page);
	await page.getByRole('button', { name: 'Help and support' }).click();
	await expect(page.getByRole('heading', { name: 'Help and support', level: 1 })).toBeVisible();
	await page.getByRole('button', { name: 'Back', exact: true }).click();
	await expect(page.getByRole('heading', { name: WELCOME })).toBeVisible();
});
