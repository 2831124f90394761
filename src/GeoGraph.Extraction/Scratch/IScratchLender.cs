namespace GeoGraph.Extraction.Scratch;

/// <summary>A pool that lends collections for one stretch of work at a time (<see cref="ScratchStretch"/>).</summary>
internal interface IScratchLender
{
    /// <summary>Takes back everything lent for the stretch that ended.</summary>
    void TakeBack();
}
