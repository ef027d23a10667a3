"""Whole conversations at ``/{publicId}``, through every input type, as a visitor has them."""

import re
from pathlib import Path
from urllib.parse import quote

import pytest
from playwright.async_api import Page, expect

from tests.browser.bots import more_inputs_bot
from tests.browser.chat import Chat
from tests.browser.conftest import Publish, typebot_file
from tests.support.live_server import LiveServer

pytestmark = pytest.mark.usefixtures("widget_built")

JOKE = "Why did the chicken cross the road?"


async def _open(page: Page, botloom: LiveServer, public_id: str, query: str = "") -> Chat:
    await page.goto(f"{botloom.base_url}/{public_id}{query}")
    return Chat(page)


async def test_text_number_rating_email_retry_url_and_buttons(
    page: Page, botloom: LiveServer, publish: Publish
) -> None:
    await publish(typebot_file("viewer/chat/linkedBot.json"), typebot_id="chat-sub-bot")
    public_id = await publish(typebot_file("viewer/chat/main.json"))
    chat = await _open(page, botloom, public_id, f"?Joke={quote(JOKE)}")

    await chat.expect_bot("Hi there! 👋", "Welcome. What's your name?")
    await chat.send("Type your answer...", "John")
    await chat.expect_bot("Nice to meet you John", "How old are you?")
    await expect(chat.root.locator(".bot-message img[src*='giphy']")).to_have_count(1)
    await chat.send("Type a number...", "24")
    await chat.expect_bot(
        "Ok, you are an adult then 😁",
        "My magic number is 42",
        "How would you rate the experience so far?",
    )
    await chat.button("8").click()
    await chat.button("Send").click()
    await chat.expect_guest("8")
    await chat.expect_bot("I'm gonna shoot multiple inputs now...")
    # The browser accepts this address; the bot does not (no top-level domain).
    await chat.send("Type your email...", "john@localhost")
    await chat.expect_bot("This email doesn't seem to be valid. Can you type it again?")
    await chat.send("Type your email...", "typebot@email.com")
    await chat.send("Type a URL...", "https://typebot.io")
    await chat.choose("Yes")
    await chat.expect_bot("Ok, you are solid 👏", "Let's trigger a webhook...", JOKE)
    await expect(chat.button("Send")).to_have_count(0)


async def test_buttons_retry_long_text_and_lowercased_email(
    page: Page, botloom: LiveServer, publish: Publish
) -> None:
    public_id = await publish(typebot_file("templates/lead-gen.json"))
    chat = await _open(page, botloom, public_id)

    await chat.expect_bot("Welcome to AA (Awesome Agency)")
    await chat.choose("Hi!")
    await chat.expect_bot("What's your name?")
    await chat.send("Type your answer...", "Max")
    await chat.expect_bot(
        "Great! Nice to meet you Max", "What's the best email we can reach you at?"
    )
    # The bot saved the address lowercased, and the widget shows it as saved (Typebot's
    # lastMessageNewFormat).
    await chat.send("Type your email...", "Max@Example.org", shown="max@example.org")
    await chat.expect_bot("What services are you interested in?")
    await chat.choose("UI / UX Design")
    await chat.expect_bot("Can you tell me a bit more about your needs?")
    story = chat.field("Type your answer...")
    await expect(story).to_have_js_property("tagName", "TEXTAREA")
    await story.fill("A logo\nand a website")
    await chat.button("Send").click()
    await chat.expect_guest("A logo\nand a website")
    await chat.expect_bot("Perfect!", "We'll get back to you at max@example.org")


async def test_one_click_rating_with_labels(
    page: Page, botloom: LiveServer, publish: Publish
) -> None:
    public_id = await publish(typebot_file("templates/nps.json"))
    chat = await _open(page, botloom, public_id)

    await chat.expect_bot(
        "Hey! 👋", "Since you are part of our daily users, can I ask you 2 questions?"
    )
    await chat.choose("Sure!")
    await chat.expect_bot("How likely will you recommend our product to a friend or colleague?")
    await expect(chat.root.get_by_text("Very unlikely")).to_be_visible()
    await expect(chat.root.get_by_text("Very likely", exact=True)).to_be_visible()
    await chat.choose("3")
    await chat.expect_bot("Could you tell us what went wrong?")
    await chat.send("Type your answer...", "Too many bugs")
    await chat.expect_bot(
        "Sorry that your experience hasn't been amazing 🙁",
        "Here is a promo code if you'd like to give our product another chance: PROMO123",
    )


async def test_picture_choice(page: Page, botloom: LiveServer, publish: Publish) -> None:
    public_id = await publish(typebot_file("templates/dog-insurance-offer.json"))
    chat = await _open(page, botloom, public_id)

    await chat.expect_bot("Hey 👋", "I'm John from Dogz")
    await chat.choose("Let's go!")
    await chat.expect_bot("What breed is your dog?")
    await chat.choose("Labrador")
    await chat.expect_bot("Is it a male or a female?")
    await chat.choose("♂️ Male")
    await chat.expect_bot("What's his name?")
    await chat.send("Type your answer...", "Rex")
    await chat.expect_bot("How cute 😊", "How old is Rex?")
    pictures = chat.root.get_by_role("group", name="Choices").get_by_role("button")
    await expect(pictures).to_have_text(
        ["Less than 1 year", "1-5 years", "5-10 years", "Above 10 years"]
    )
    await expect(pictures.first.locator("img")).to_have_attribute("src", re.compile("^https://"))
    await chat.choose("1-5 years")
    await chat.expect_bot("Is he spayed or neutered")


async def test_cards(page: Page, botloom: LiveServer, publish: Publish, screenshots: Path) -> None:
    public_id = await publish(typebot_file("viewer/cards.json"))
    chat = await _open(page, botloom, public_id)

    await chat.expect_bot("Hi there!")
    cards = chat.root.get_by_role("listitem")
    await expect(cards).to_have_count(3)
    await expect(cards.get_by_role("heading")).to_have_text(["Paris", "London", "Dublin"])
    await page.screenshot(path=screenshots / "page-cards.png", animations="disabled")
    await cards.filter(has_text="Paris").get_by_role("button", name="More info").click()
    # The answer the bot saves for a card is its title, and the widget shows what was saved.
    await chat.expect_guest("Paris")
    await chat.expect_bot("Awesome pick!")
    await expect(cards.get_by_role("heading")).to_have_text(["Title 1", "Title 2"])
    await cards.filter(has_text="Title 2").get_by_role("button", name="Continue").click()
    await chat.expect_guest("Title 2")
    await chat.expect_bot("You've selected Title 2")


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
