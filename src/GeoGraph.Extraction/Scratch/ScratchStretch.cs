namespace GeoGraph.Extraction.Scratch;

/// <summary>
/// A stretch of one thread's work that scratch collections are lent for — an article, or one sentence's parse within
/// it (<see cref="ScratchScope"/>): the pools that lent for it take everything back, emptied and trimmed, when it ends.
/// </summary>
internal sealed class ScratchStretch(string name)
{
    private readonly List<IScratchLender> _lenders = [];

    public bool InProgress { get; private set; }

    public void Begin()
    {
        if (InProgress) throw new InvalidOperationException($"A {name} is already in progress on this thread.");
        InProgress = true;
    }

    /// <summary>Records that a pool lent something for this stretch, so that it is asked to take it back at the end.</summary>
    public void Lent(IScratchLender lender) => _lenders.Add(lender);

    /// <summary>Ends the stretch: its lenders take back what they lent; a stretch not in progress is left as it is.</summary>
    public void End()
    {
        if (!InProgress) return;
        try
        {
            foreach (var lender in _lenders) lender.TakeBack();
        }
        finally
        {
            // Even if a take-back failed, the thread must be able to begin its next stretch.
            _lenders.Clear();
            InProgress = false;
        }
    }
}
