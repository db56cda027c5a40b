using System.Collections.Concurrent;
using IDocBook.Core.Threading;
using Shouldly;

namespace IDocBook.Tests.Threading;

public sealed class OneAtATimeTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(257)]
    public void Every_index_runs_exactly_once(int count)
    {
        var seen = new ConcurrentBag<int>();
        OneAtATime.For(count, seen.Add);
        seen.Order().ShouldBe(Enumerable.Range(0, count));
    }

    // The point of the helper: while one item is slow, the other cores take every item after it.
    // Parallel.For's growing chunks leave the items after a slow one waiting on its core.
    [SkippableFact]
    public void A_slow_item_holds_back_no_other_item()
    {
        Skip.If(Environment.ProcessorCount < 2, "needs two cores");
        const int count = 200, slow = 120;
        var threadOf = new int[count];
        var done = 0;
        OneAtATime.For(count, i =>
        {
            threadOf[i] = Environment.CurrentManagedThreadId;
            if (i == slow) SpinWait.SpinUntil(() => Volatile.Read(ref done) == count - 1, TimeSpan.FromSeconds(10));
            else Interlocked.Increment(ref done);
        });
        Enumerable.Range(slow + 1, count - slow - 1).Where(i => threadOf[i] == threadOf[slow]).ShouldBeEmpty();
    }

    [Fact]
    public void A_failing_body_fails_the_loop()
    {
        var failure = Should.Throw<AggregateException>(() => OneAtATime.For(3, i => { if (i == 1) throw new InvalidOperationException("one"); }));
        failure.InnerExceptions.ShouldHaveSingleItem().Message.ShouldBe("one");
    }
}
