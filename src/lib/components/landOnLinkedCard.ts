/**
 * A link to a card ends in its id (`/larc?…#community-share`), but cards are drawn only once the
 * page's data have loaded, after the browser has looked for the anchor and not found it. A page
 * calls the returned function from an effect; the first time its cards are drawn, it scrolls to
 * the card the link names.
 */
export function landOnLinkedCard(): (cardsDrawn: boolean) => void {
	let landed = false;
	return (cardsDrawn) => {
		if (!cardsDrawn || landed) return;
		landed = true;
		const id = decodeURIComponent(window.location.hash.slice(1));
		if (id) document.getElementById(id)?.scrollIntoView();
	};
}
