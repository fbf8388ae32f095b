#!/usr/bin/env python3
"""The web app as people use it, in Debian's Chromium (headless, driven by Selenium).

A new user opens the public guide, finds 学生证补办 and prints its one-time notice; a clerk
signs in, searches on the desk, opens the service, ticks materials, prints the notice, accepts
a case and prints the receipt; the student opens the receipt's short link and looks the case up
with the last four digits of the student number; a deputy opens the ranking. Every step saves a
screenshot (and the printouts a PDF, checked to be A4) under .build/test-output/browser/; the
receipt's QR code is read back from its screenshot with zbarimg.

Run after `swift build`: python3 scripts/browser-test.py
"""

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import StaleElementReferenceException, TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build", "debug", "onestop")
OUTPUT = os.path.join(ROOT, ".build", "test-output", "browser")
PASSWORD = "browser-test-password"
STUDENT = "2021040123"
# A Monday after October 2026, whose events the deputy uploads: due dates fall on known working days.
NOW = "2026-11-02T09:30"
EVENTS = os.path.join(ROOT, "examples", "events-2026-10.csv")


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def onestop(arguments, stdin=None, env=None):
    result = subprocess.run(
        [BINARY] + arguments, input=stdin, capture_output=True, text=True, cwd=ROOT, env=env, timeout=120
    )
    check(result.returncode == 0, f"onestop {' '.join(arguments)} failed: {result.stderr}")
    return result.stdout


class Browser:
    def __init__(self, base):
        self.base = base
        options = webdriver.ChromeOptions()
        options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
        for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900", "--lang=zh-CN"]:
            options.add_argument(argument)
        driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
        self.driver = webdriver.Chrome(service=Service(driver_path), options=options)
        self.driver.implicitly_wait(5)
        self.step = 0

    def open(self, path):
        self.driver.get(self.base + path)

    def find(self, css):
        return self.driver.find_element(By.CSS_SELECTOR, css)

    def finds(self, css):
        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def text(self):
        # A click may still be loading the next page: the old body goes stale, so read again.
        for _ in range(20):
            try:
                return self.find("body").text
            except StaleElementReferenceException:
                time.sleep(0.1)
        return self.find("body").text

    def shot(self, name, width=1280, height=None):
        """A full-page screenshot at `width` (a phone is 390 wide)."""
        self.step += 1
        self.driver.set_window_size(width, 900)
        full = self.driver.execute_script("return document.documentElement.scrollHeight")
        self.driver.set_window_size(width, height or min(max(full, 600), 6000))
        path = os.path.join(OUTPUT, f"{self.step:02d}-{name}.png")
        self.driver.save_screenshot(path)
        self.driver.set_window_size(1280, 900)
        return path

    def print_pdf(self, name):
        """Chromium's own print to PDF, on A4 as the page's @page rule asks."""
        import base64

        result = self.driver.execute_cdp_cmd(
            "Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True}
        )
        self.step += 1
        path = os.path.join(OUTPUT, f"{self.step:02d}-{name}.pdf")
        with open(path, "wb") as handle:
            handle.write(base64.b64decode(result["data"]))
        info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
        pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
        size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info)
        width, height = float(size.group(1)), float(size.group(2))
        # A4 is 595 x 842 points.
        check(abs(width - 595) < 3 and abs(height - 842) < 3, f"{name} is not A4: {width} x {height}")
        return path, pages

    def sign_in(self, name):
        self.open("/login")
        self.find("input[name=username]").send_keys(name)
        self.find("input[name=password]").send_keys(PASSWORD)
        self.find("form[action='/login'] button[type=submit]").click()
        self.wait_until(lambda: "/login" not in self.driver.current_url, f"sign-in as {name} failed")

    def sign_out(self):
        self.find("form[action='/logout'] button").click()
        self.wait_until(lambda: self.finds("header a[href='/login']"), "signing out failed")

    def wait_until(self, condition, message, seconds=10):
        """Clicks return before the next page has loaded: wait for what it should show."""
        try:
            WebDriverWait(self.driver, seconds, ignored_exceptions=[StaleElementReferenceException]).until(
                lambda _: condition()
            )
        except TimeoutException:
            raise Failure(f"{message}: {self.text()[:300]}")

    def quit(self):
        self.driver.quit()


def wait_for_server(base, process, log):
    for _ in range(300):
        if process.poll() is not None:
            raise Failure(f"onestop serve stopped: {open(log).read()}")
        try:
            urllib.request.urlopen(base + "/login", timeout=1)
            return
        except Exception:
            time.sleep(0.1)
    raise Failure("onestop serve did not answer within 30 s")


def new_user_prints_the_notice(browser):
    """From the public guide to the printed notice, timed: the issue's "within a minute"."""
    started = time.monotonic()
    browser.open("/")
    check("学生证补办" in browser.text(), "the guide does not list 学生证补办")
    browser.shot("guide")
    browser.shot("guide-phone", width=390)
    browser.find("#guide-search").send_keys("学生证补办")
    browser.find("#guide-search-submit").click()
    browser.find("#guide-matches a").click()
    check("一次性告知" in browser.text(), "the guide's service page shows no one-time notice")
    browser.shot("guide-service")
    browser.find("#guide-print").click()
    _, pages = browser.print_pdf("guide-notice")
    elapsed = time.monotonic() - started
    browser.shot("guide-notice-print")
    check(elapsed < 60, f"finding and printing the notice took {elapsed:.1f} s")
    return elapsed, pages


def clerk_accepts_a_case(browser):
    browser.sign_in("w01-b1")
    browser.open("/desk")
    browser.find("#desk-search").send_keys("学生证丢了怎么补办")
    browser.find("#desk-search-submit").click()
    browser.shot("desk-search")
    browser.find("#desk-matches a.service-link").click()
    # Tick the materials brought, as the clerk sees them on the counter.
    boxes = browser.finds("#notice-form input[type=checkbox][name=have]")
    check(boxes, "the service page has no materials to tick")
    for box in boxes[:2]:
        box.click()
    browser.find("#notice-submit").click()
    check(browser.finds("#notice"), "no notice after ticking materials")
    browser.shot("desk-notice")
    notice_page = browser.driver.current_url
    browser.find("#notice-print").click()
    _, notice_pages = browser.print_pdf("desk-notice")
    browser.shot("desk-notice-print")
    browser.driver.get(notice_page)
    browser.find("#accept-student").send_keys(STUDENT)
    browser.find("#accept-submit").click()
    check(browser.finds("#receipt"), f"no receipt after accepting: {browser.text()[:300]}")
    check("受理回执" in browser.text(), "the receipt has no title")
    check(STUDENT not in browser.text(), "the receipt shows the full student number to a clerk")
    check(browser.finds("#receipt-qr svg") or browser.finds("svg#receipt-qr"), "the receipt has no QR code")
    number = re.search(r"(\d+)", browser.find("#receipt-case-number").text)
    check(number, "the receipt shows no case number")
    link = browser.find("#receipt-link").text.strip()
    check(re.match(r"https?://\S+/p/\S+", link), f"the receipt shows no short link: {link}")
    check(browser.find("#receipt-due").text.strip(), "the receipt shows no due date")
    shot = browser.shot("receipt")
    decoded = subprocess.run(["zbarimg", "-q", "--raw", shot], capture_output=True, text=True).stdout.strip()
    check(decoded == link, f"the receipt's QR code reads {decoded!r}, not its link {link!r}")
    _, receipt_pages = browser.print_pdf("receipt")
    browser.sign_out()
    return number.group(1), link, notice_pages, receipt_pages


def clerk_works_the_case(browser, number):
    browser.sign_in("w01-b1")
    browser.open(f"/cases/{number}")
    check("学生证补办" in browser.text(), "the case page does not name the service")
    check(browser.finds("#case-trail"), "the case page shows no trail")
    browser.shot("case")
    # The card is made and handed over: the case is completed, so the student may rate it.
    browser.find("#complete-form button[type=submit]").click()
    browser.wait_until(lambda: "done=complete" in browser.driver.current_url, "completing the case failed")
    check("办结" in browser.find("#case-trail").text, "the trail does not show the completion")
    browser.open("/cases")
    browser.shot("cases-queue")
    browser.sign_out()


def student_looks_up_the_case(browser, link):
    browser.driver.delete_all_cookies()
    browser.driver.get(link)
    check(browser.finds("#progress-form"), f"the short link does not open the progress look-up: {browser.text()[:200]}")
    browser.find("#progress-digits").send_keys(STUDENT[-4:])
    browser.find("#progress-submit").click()
    check(browser.finds("#progress-status"), f"no status: {browser.text()[:300]}")
    check(browser.find("#progress-due").text.strip(), "the progress page shows no due date")
    text = browser.text()
    check(STUDENT not in text and "学生证补办专员" not in text, "the progress page shows more than status and due date")
    browser.shot("progress", width=390)
    # 好差评 from the receipt's link: the completed case is rated once.
    check(browser.finds("#rate-form"), "a completed case offers no rating on the progress page")
    browser.find("#rate-level-satisfied").click()
    browser.find("#rate-submit").click()
    browser.wait_until(lambda: browser.finds("#rate-done"), "rating the case failed")
    check("满意" in browser.find("#rate-done-level").text, "the rating is not confirmed")
    browser.shot("rated", width=390)


def deputy_uploads_events_and_opens_the_ranking(browser):
    browser.sign_in("deputy")
    browser.open("/assessment?scheme=wulong-monthly&period=2026-10")
    browser.find("#events-upload input[name=events]").send_keys(EVENTS)
    browser.find("#events-upload button[type=submit]").click()
    browser.wait_until(lambda: "/assessment/events" not in browser.driver.current_url or browser.finds("#assessment-message"),
                       "the upload gave no answer")
    browser.shot("events-uploaded")
    browser.open("/assessment?scheme=wulong-monthly&period=2026-10")
    check(browser.finds("#ranking"), "the assessment page shows no ranking")
    check(browser.finds("#ranking-chart"), "the ranking has no chart")
    check(re.search(r"\b9\d(\.\d)?\b", browser.find("#ranking-table").text), "no window lost points after the upload")
    browser.shot("ranking")
    browser.open("/quality?period=2026-11")
    check(browser.finds("#quality"), "the quality page shows no report")
    browser.shot("quality")
    browser.sign_out()


def student_votes_for_a_sunshine_window(browser):
    browser.driver.delete_all_cookies()
    for attempt in ("first", "again"):
        browser.open("/vote")
        browser.find("#vote-form input[name=window][value='1']").click()
        browser.find("#vote-form input[name=student]").send_keys(STUDENT)
        browser.find("#vote-form button[type=submit]").click()
        if attempt == "first":
            browser.wait_until(lambda: browser.finds("#vote-done"), "the vote was not counted")
            check(STUDENT not in browser.text(), "the vote page shows the student number")
            browser.shot("voted", width=390)
        else:
            browser.wait_until(lambda: browser.finds("#vote-failure"), "a second vote by the same student was not refused")


def deputy_records_a_patrol_and_opens_the_sunshine_standing(browser):
    from selenium.webdriver.support.ui import Select
    browser.sign_in("deputy")
    browser.open("/patrols")
    Select(browser.find("#patrol-form select[name=patroller]")).select_by_value("deputy")
    browser.find("#patrol-windows input[name=window][value='1']").click()
    Select(browser.find("select[name='finding.1.window']")).select_by_value("1")
    Select(browser.find("select[name='finding.1.item']")).select_by_index(1)
    browser.find("input[name='finding.1.note']").send_keys("10:20 窗口无人")
    browser.find("#patrol-form button[type=submit]").click()
    browser.wait_until(lambda: browser.finds("#patrols-done"), "the patrol was not recorded")
    check(browser.finds("#patrols-open li"), "the new finding is not listed as unanswered")
    browser.shot("patrol-recorded")
    browser.open("/sunshine?period=2026-11")
    check(browser.finds("#sunshine-table"), f"the sunshine page shows no standing: {browser.text()[:300]}")
    browser.shot("sunshine")
    browser.sign_out()


def main():
    if os.path.isdir(OUTPUT):
        shutil.rmtree(OUTPUT)
    os.makedirs(OUTPUT)
    work = tempfile.mkdtemp(prefix="onestop-browser-")
    database = os.path.join(work, "onestop.sqlite")
    env = dict(os.environ, ONESTOP_NOW=NOW)
    for name, role in [("w01-b1", "clerk"), ("deputy", "deputy"), ("director", "director")]:
        onestop(["users", "add", name, "--role", role, "--db", database, "--by", "director"], stdin=PASSWORD + "\n", env=env)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = os.path.join(OUTPUT, "serve.log")
    server = subprocess.Popen(
        [BINARY, "serve", "--port", str(port), "--db", database],
        cwd=ROOT, env=env, stdout=open(log, "w"), stderr=subprocess.STDOUT,
    )
    browser = None
    try:
        wait_for_server(base, server, log)
        browser = Browser(base)
        elapsed, guide_pages = new_user_prints_the_notice(browser)
        number, link, notice_pages, receipt_pages = clerk_accepts_a_case(browser)
        clerk_works_the_case(browser, number)
        student_looks_up_the_case(browser, link)
        deputy_uploads_events_and_opens_the_ranking(browser)
        student_votes_for_a_sunshine_window(browser)
        deputy_records_a_patrol_and_opens_the_sunshine_standing(browser)
        lines = open(log).read()
        check(STUDENT not in lines, "the request log holds a student number")
        print(
            f"browser: ok — guide to printed notice in {elapsed:.1f} s ({guide_pages} A4 page(s)); "
            f"desk notice {notice_pages} page(s), receipt {receipt_pages} page(s) for case {number}; "
            f"{browser.step} screenshots in {os.path.relpath(OUTPUT, ROOT)}"
        )
    except Failure as failure:
        if browser:
            browser.shot("failure")
        print(f"browser: FAILED — {failure}", file=sys.stderr)
        sys.exit(1)
    finally:
        if browser:
            browser.quit()
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
