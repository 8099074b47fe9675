// Articles written for these tests (no third-party text), plus the seed article.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const waterBill = {
  title: 'Governor signs water bill after two-year fight',
  paragraphs: [
    'Governor Maria Alvarez of New Mexico signed the water bill on Tuesday, ending a two-year fight with the Rio Grande Irrigation Authority.',
    '“This is a law for the farmers who kept this state fed through three droughts,” Alvarez said at the signing. “They waited long enough.”',
    'Tomás Reyes, a spokesman for the authority, said the board would review the law before deciding whether to sue.',
    '“We respect the governor, but the numbers in this bill do not add up,” he said.',
    'State Senator Dana Whitfield, who chairs the finance committee, called the deal “a fragile compromise.”',
    '“Nobody got everything they wanted. That is what a compromise looks like.”',
    'According to a senior legislative aide, “the vote was closer than anyone in the building will admit.”',
    'Ms. Alvarez’s office said the Rio Grande Irrigation Authority (RGIA) had been consulted in March. The RGIA declined to comment.',
  ],
};

export const harborDeal = {
  title: 'Northwind to buy Harbor Freightways',
  paragraphs: [
    'Northwind Logistics Inc. agreed to buy Harbor Freightways for $2 billion, the companies said on Monday.',
    'Northwind’s chief executive, Priya Raman, said the deal would double the company’s fleet.',
    '“We have wanted a West Coast network for a decade, and this gives it to us overnight,” Ms. Raman told analysts on a call.',
    'Raman brushed off the doubts of Jonas Berg, a freight analyst at Keel Research. “People said the same about our last two deals, and both paid off,” she said.',
    'Berg, who has covered the industry for 20 years, was not persuaded. “Integration is where these deals go to die,” he said.',
    'The Federal Maritime Commission must approve the purchase. Shares of Northwind rose 4 percent.',
  ],
};

export const lagosFlood = {
  title: 'After the flood, a Lagos baker starts again',
  paragraphs: [
    'When the flood came, Amina Okafor was asleep on the second floor of her bakery in Lagos. She woke to water at the top of the stairs.',
    '“I heard my mixers floating,” says Okafor, 52, who has run the shop for 20 years with her husband, Chidi Okafor. “You do not forget that sound.”',
    'Her husband was in Abuja at the time. He drove back through the night.',
    '“By the time I arrived, the street was a river,” Chidi says. “We lost everything we had built.”',
    'The Lagos State Emergency Management Agency (LASEMA) said more than 3,000 homes were damaged. A spokesperson for the agency, Nkechi Bello, said crews were “working around the clock.”',
    'Okafor is not waiting for help. She has borrowed an oven from a neighbour and is baking again.',
    'Her advice to others is simple:',
    '“Start with one loaf. Then make another one tomorrow.”',
    'Flood losses in the city run to billions of dollars a year. “Lagos is sinking and the sea is rising,” said Dr. Tunde Adeyemi, an urban planner at the University of Lagos.',
  ],
};

const seedText = readFileSync(join(import.meta.dirname, '../../fixtures/seed-article.txt'), 'utf8');
const [seedTitle, ...seedParagraphs] = seedText
  .split(/\n\s*\n/)
  .map((b) => b.replace(/\s+/g, ' ').trim())
  .filter(Boolean);

export const seed = { title: seedTitle!, paragraphs: seedParagraphs };
