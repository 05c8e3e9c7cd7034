"""A burst of /ask through the real command tree: 300 interactions from 50
users in the same (virtual) second, with the default 5 s cooldown.

simcord runs one user action at a time (its operations do not overlap), so the
interactions arrive back to back rather than truly at once; the time measured
per interaction is wall time from dispatch until the bot is idle again, an
upper bound of its time to first response.
"""
from __future__ import annotations

import time

USERS, PER_USER = 50, 6
# Different questions with different answers, so an answer sent to the wrong
# interaction would show.
QUESTIONS = {
    "Qui possède TikTok ?": "ByteDance",
    "Qui est le nouveau directeur général de TikTok ?": "Kevin Mayer",
    "How many employees does Amazon have?": "plus de 840 000 employés",
    "Quand Amazon a-t-il demandé de retirer TikTok ?": "Vendredi matin",
}


def test_burst_of_asks(simulate, capsys):
    async def scenario(w):
        users = [w.guild.add_member(w.env.create_user(f"user{i}")) for i in range(USERS)]
        answered, refused, slowest = 0, 0, 0.0
        start = w.env.now()
        for round_ in range(PER_USER):
            for i, user in enumerate(users):
                question, expected = list(QUESTIONS.items())[(i + round_) % len(QUESTIONS)]
                began = time.perf_counter()
                result = await user.slash(w.channel, "ask", question=question)
                slowest = max(slowest, time.perf_counter() - began)
                assert result.acknowledged
                if round_ == 0:
                    # No answer goes to the wrong interaction: each echoes its own question.
                    assert not result.ephemeral
                    assert result.response.embeds[0].fields[0].value == question
                    assert result.response.embeds[0].title == expected
                    answered += 1
                else:
                    assert result.ephemeral and not result.deferred
                    assert result.response.content == "You're asking too fast — try again in 5 s."
                    refused += 1
            if round_ == 2:  # a newcomer mid-burst is answered at once
                newcomer = w.guild.add_member(w.env.create_user("newcomer"))
                late = await newcomer.slash(w.channel, "ask", question="Qui possède TikTok ?")
                assert late.response.embeds[0].title == "ByteDance"
        assert (w.env.now() - start).total_seconds() < 1
        w.env.errors  # the 250 cooldown refusals, seen
        return answered, refused, slowest

    answered, refused, slowest = simulate(scenario, cooldown=5)
    assert (answered, refused) == (USERS, USERS * (PER_USER - 1))
    assert slowest < 3
    with capsys.disabled():
        print(f"\nburst: {USERS * PER_USER} interactions, {USERS} users, {answered} answered, "
              f"{refused} refused by cooldown, max time to response {slowest * 1000:.0f} ms")
