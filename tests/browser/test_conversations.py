"""Whole conversations at ``/{publicId}``, through every input type, as a visitor has them."""

import re
from pathlib import Path
from urllib.parse import quote

import pytest
from playwright.async_api import Page, expect

from tests.browser.bots import more_inputs_bot
from tests.browser.chat import Chat
from tests.browser.conftest import Publish
from tests.support.fixtures import fixture_bot
from tests.support.live_server import LiveServer

pytestmark = pytest.mark.usefixtures("widget_built")

JOKE = "Why did the chicken cross the road?"


async def _open(page: Page, botloom: LiveServer, public_id: str, query: str = "") -> Chat:
    await page.goto(f"{botloom.base_url}/{public_id}{query}")
    return Chat(page)


async def test_text_number_rating_email_retry_url_buttons_and_a_linked_bot(
    page: Page, botloom: LiveServer, publish: Publish
) -> None:
    await publish(fixture_bot("linked-child"), typebot_id="linked-child-bot")
    public_id = await publish(fixture_bot("linked-main"))
    chat = await _open(page, botloom, public_id, f"?Joke={quote(JOKE)}")

    await chat.expect_bot("Hello there! 👋", "Welcome. What is your first name?")
    await chat.send("Type your answer...", "John")
    await chat.expect_bot("Pleased to meet you John", "How old are you?")
    await expect(chat.root.locator(".bot-message img[src$='/wave.gif']")).to_have_count(1)
    await chat.send("Type a number...", "24")
    await chat.expect_bot(
        "Alright, an adult then 😁",
        "My lucky number is 42",
        "How would you rate this chat so far?",
    )
    await chat.button("8").click()
    await chat.button("Send").click()
    await chat.expect_guest("8")
    await chat.expect_bot("A few more questions now, from another bot...")
    # The linked bot asks these. The browser accepts this address; the bot does not (no
    # top-level domain).
    await chat.expect_bot("Which email should we use?")
    await chat.send("Type your email...", "john@localhost")
    await chat.expect_bot("That email does not look right. Could you type it again?")
    await chat.send("Type your email...", "john@example.com")
    await chat.expect_bot("And your website?")
    await chat.send("Type a URL...", "https://botloom.test")
    await chat.choose("Yes")
    # Back in the main bot, which goes on after the link.
    await chat.expect_bot("All done, well played 👏", "Here is the joke you brought along:", JOKE)
    await expect(chat.button("Send")).to_have_count(0)


async def test_buttons_retry_long_text_and_lowercased_email(
    page: Page, botloom: LiveServer, publish: Publish
) -> None:
    public_id = await publish(fixture_bot("lead-capture"))
    chat = await _open(page, botloom, public_id)

    await chat.expect_bot("Welcome to Northwind Studio, a small design shop.")
    await chat.choose("Hello!")
    await chat.expect_bot("What should we call you?")
    await chat.send("Type your answer...", "Max")
    await chat.expect_bot("Thanks Max! Which email address can we write to?")
    await chat.send("Type your email...", "max@example")
    await chat.expect_bot("That address looks wrong. Could you type it again?")
    # The bot saved the address lowercased, and the widget shows it as saved (Typebot's
    # lastMessageNewFormat).
    await chat.send("Type your email...", "Max@Example.org", shown="max@example.org")
    await chat.expect_bot("Which service brings you here?")
    await chat.choose("Brand identity")
    await chat.expect_bot("Tell us a little about your project.")
    story = chat.field("Type your answer...")
    await expect(story).to_have_js_property("tagName", "TEXTAREA")
    await story.fill("A logo\nand a website")
    await chat.button("Send").click()
    await chat.expect_guest("A logo\nand a website")
    await chat.expect_bot("Got it!", "We will write to you at max@example.org within two days.")


async def test_one_click_rating_with_labels(
    page: Page, botloom: LiveServer, publish: Publish
) -> None:
    public_id = await publish(fixture_bot("survey-rating"))
    chat = await _open(page, botloom, public_id)

    await chat.expect_bot("Hi! 👋", "Do you have a minute for two questions?")
    await chat.choose("Of course")
    await chat.expect_bot("How likely are you to suggest us to a friend?")
    await expect(chat.root.get_by_text("Not likely", exact=True)).to_be_visible()
    await expect(chat.root.get_by_text("Very likely", exact=True)).to_be_visible()
    await chat.choose("3")
    await chat.expect_bot("What went wrong?")
    await chat.send("Type your answer...", "Too many bugs")
    await chat.expect_bot(
        "Sorry we let you down 🙁", "Here is a code for your next order: COMEBACK10"
    )


async def test_picture_choice(page: Page, botloom: LiveServer, publish: Publish) -> None:
    public_id = await publish(fixture_bot("pet-quote"))
    chat = await _open(page, botloom, public_id)

    await chat.expect_bot("Hello 👋", "I'm Robin from Pawsure")
    await chat.choose("Let's start!")
    await chat.expect_bot("Which breed is your dog?")
    await chat.choose("Labrador")
    await chat.expect_bot("A boy or a girl?")
    await chat.choose("♂️ Boy")
    await chat.expect_bot("What's the dog's name?")
    await chat.send("Type your answer...", "Rex")
    await chat.expect_bot("Lovely name 😊", "How old is Rex?")
    pictures = chat.root.get_by_role("group", name="Choices").get_by_role("button")
    await expect(pictures).to_have_text(
        ["Under 1 year", "1 to 5 years", "5 to 10 years", "Over 10 years"]
    )
    await expect(pictures.first.locator("img")).to_have_attribute("src", re.compile("^https://"))
    await chat.choose("1 to 5 years")
    await chat.expect_bot("Has Rex been neutered?")


async def test_cards(page: Page, botloom: LiveServer, publish: Publish, screenshots: Path) -> None:
    public_id = await publish(fixture_bot("city-cards"))
    chat = await _open(page, botloom, public_id)

    await chat.expect_bot("Hello! Where to next?")
    cards = chat.root.get_by_role("listitem")
    await expect(cards).to_have_count(3)
    await expect(cards.get_by_role("heading")).to_have_text(["Lisbon", "Oslo", "Kyoto"])
    await page.screenshot(path=screenshots / "page-cards.png", animations="disabled")
    await cards.filter(has_text="Lisbon").get_by_role("button", name="More info").click()
    # The answer the bot saves for a card is its title, and the widget shows what was saved.
    await chat.expect_guest("Lisbon")
    await chat.expect_bot("Great choice!")
    # Cards made from list variables, one per item.
    await expect(cards.get_by_role("heading")).to_have_text(["Walking tour", "Boat tour"])
    await cards.filter(has_text="Boat tour").get_by_role("button", name="Continue").click()
    await chat.expect_guest("Boat tour")
    await chat.expect_bot("You picked the Boat tour")


async def test_long_text_date_range_time_phone_and_multiple_choice(
    page: Page, botloom: LiveServer, publish: Publish, screenshots: Path
) -> None:
    public_id = await publish(more_inputs_bot())
    chat = await _open(page, botloom, public_id)

    await chat.expect_bot("Tell me your story")
    await chat.field("Your story").fill("Once upon a time\nthe end")
    await chat.field("Your story").press("Control+Enter")
    await chat.expect_guest("Once upon a time\nthe end")
    await chat.expect_bot("Which day?")
    # Dates are shown as the bot saved them, in its format (dd/MM/yyyy by default).
    await chat.send("Date", "2026-05-01", shown="01/05/2026")
    await chat.expect_bot("When are you away?")
    await chat.field("From").fill("2026-05-01")
    await chat.field("To").fill("2026-05-03")
    await chat.button("Send").click()
    await chat.expect_guest("01/05/2026 to 03/05/2026")
    await chat.expect_bot("At what time?")
    await chat.send("Time", "14:30")
    await chat.expect_bot("Your phone number?")
    await expect(chat.field("Country code")).to_have_value("FR")
    await page.screenshot(path=screenshots / "page-phone.png", animations="disabled")
    await chat.send("Type your phone number...", "6 12 34 56 78", shown="+33612345678")
    await chat.expect_bot("Which fruits?")
    await chat.button("Apple").click()
    await chat.button("Cherry").click()
    await expect(chat.button("Cherry")).to_have_attribute("aria-pressed", "true")
    await chat.button("Send").click()
    await chat.expect_guest("Apple, Cherry")
    await chat.expect_bot(
        "Story: Once upon a time\nthe end | Day: 01/05/2026 | Away: 01/05/2026 to 03/05/2026 "
        "| Time: 14:30 | Phone: +33612345678 | Fruits: Apple, Cherry"
    )
