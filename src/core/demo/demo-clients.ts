/** One client of the demo workspace, as a newcomer would meet it in the app. */
export interface DemoClientProfile {
  kind: 'person' | 'business';
  /** The client's name: a business name, or a person's full name. */
  name: string;
  /** Who we talk to: the business's contact, or the person themself. */
  contact: string;
  /** A person's practice or employer; null for businesses. */
  company: string | null;
  /** What the client's own business sells (barter matching uses it). */
  sells: string;
  sellsTags: string[];
  tags: string[];
  status: 'prospect' | 'active' | 'paused' | 'cancelled';
  /** How long the relationship has lasted, in months (prospects: weeks since first contact / 4). */
  tenureMonths: number;
}

// The demo business is a small marketing and web studio; these are its clients. Columns:
// name | p(erson) or b(usiness) | contact or company | sells | sells tags | tags | status | months
const TABLE = `
Bright Loaf Bakery | b | Maya Okafor | Sourdough, pastries and wedding cakes | catering; baked goods | retainer; social; local | active | 52
Lindqvist Family Dental | b | Hannah Lindqvist | Family dentistry and teeth whitening | dental; healthcare | retainer; web; seo | active | 71
Marcus Bell | p | Bell Leadership Coaching | Executive coaching for first-time managers | coaching | newsletter; web | active | 28
Copper Kettle Café | b | Luis Ortiz | Coffee, brunch and office catering | catering; coffee | social; print; local | active | 39
Priyanka Nair | p | - | Yoga classes and weekend retreats | yoga; wellness; events | social; newsletter | active | 18
Granite Peak Physio | b | Owen Fischer | Sports physiotherapy and rehab | healthcare | web; ads | active | 44
Juniper & Sage Florist | b | Elena Rossi | Wedding and event flowers, weekly office bouquets | flowers; events | social; print; vip | active | 63
Tomasz Nowak | p | Nowak Carpentry | Custom kitchens and built-in furniture | carpentry; furniture | web; seo | active | 22
Harborline Print Co. | b | Agnieszka Kowalski | Business cards, flyers and large-format printing | printing | referral partner; branding | active | 80
Kwame Mensah | p | Mensah Counselling | Counselling for couples and families | therapy | web; newsletter | active | 15
Little Sprouts Montessori | b | Grace Kim | Montessori preschool and summer camps | education; childcare | newsletter; social; print | active | 35
Falcon Ridge Brewing | b | Björn Andersen | Craft beer, a taproom and an event space | beverages; events; venue | branding; social; vip | active | 47
Sofia Martinez | p | Martinez Tax & Books | Bookkeeping and tax returns for freelancers | accounting | web; newsletter | active | 57
Maple Street Vet Clinic | b | Samuel Cooper | Veterinary care and pet grooming | veterinary; grooming | web; ads; social | active | 30
Anaïs Dubois | p | Dubois Photography | Portrait, product and wedding photography | photography | referral partner; social | active | 26
Stonebridge Legal | b | Rahul Sharma | Small-business contracts and immigration law | legal services | web; seo; retainer | active | 68
Nora Haddad | p | Haddad Interiors | Interior design for homes and small offices | interior design | branding; social | active | 12
Lantern Bookshop | b | Ingrid Johansson | New and second-hand books, author events | books; events | newsletter; social; local | active | 54
Cedar & Salt Catering | b | Fatima Rahman | Corporate lunches and private-event catering | catering; events | ads; web | active | 20
James Okonkwo | p | Okonkwo Fitness | Personal training and small-group bootcamps | fitness; coaching | social; ads | active | 9
Riverbend Plumbing | b | Dylan Murphy | Emergency plumbing and bathroom refits | plumbing; trades | seo; ads; web | active | 41
Mei Tanaka | p | - | Piano lessons for children and adults | music; lessons | web | active | 7
Beacon Accounting Group | b | Charles Whitfield | Outsourced accounting and payroll | accounting; payroll | newsletter; branding; vip | active | 77
Summit Climbing Gym | b | Ava Nielsen | Bouldering, climbing classes and memberships | fitness; memberships | social; ads; print | active | 33
Siobhan Kelly | p | Kelly Career Coaching | CV reviews and interview coaching | coaching | newsletter; web | active | 16
Golden Hour Yoga Studio | b | Lily Chen | Yoga and pilates classes, teacher training | yoga; wellness | social; web | active | 24
Urban Thread Tailors | b | Hiroshi Sato | Alterations, bespoke suits and uniforms | tailoring; clothing | seo; local | active | 58
Benjamin Wright | p | Wright Architecture | Home extensions and planning applications | architecture | branding; web | active | 37
Meadowlark Farm Shop | b | Ruth Baker | Local produce, veg boxes and hampers | food; produce; gifts | newsletter; social; local | active | 45
Clearwater Wellness Spa | b | Isabella Moretti | Massage, facials and spa days | wellness; spa | ads; social; vip | active | 29
Ezra Goldberg | p | Goldberg Financial Planning | Retirement and pension planning | financial advice | newsletter; seo | active | 62
Northside Auto Repair | b | Leo Kowalczyk | Servicing, inspections and tyre fitting | auto repair | seo; print | active | 49
Hazel Thompson | p | - | Speech therapy for children | therapy; healthcare | web | active | 5
Pine & Ivy Landscaping | b | Grayson Hill | Garden design, maintenance and snow clearing | landscaping; trades | web; ads | active | 31
Bluewave Swim School | b | Naomi Adeyemi | Swimming lessons from babies to adults | lessons; fitness | social; newsletter | active | 19
The Dough Bros Pizzeria | b | Matteo Esposito | Wood-fired pizza, delivery and catering | restaurant; catering | social; ads; local | active | 11
Silver Spoon Tearoom | b | Evelyn Hughes | Afternoon tea and private functions | catering; events | social; print; hardship | paused | 43
Aurora Dance Academy | b | Camila Reyes | Ballet, jazz and tap for ages 3 to 18 | lessons; events | newsletter; social | paused | 27
Daniel Price | p | Price Joinery | Bespoke doors and staircases | carpentry | web | paused | 14
Oakhaven B&B | b | Victoria Ross | Bed and breakfast, six rooms by the harbour | hospitality; lodging | seo; web; hardship | paused | 55
Liam Foster | p | Foster Personal Training | Personal training and nutrition plans | fitness; coaching | social | paused | 8
Redwood Chiropractic | b | Aiden Brooks | Chiropractic care and sports massage | healthcare | web | prospect | 1
Scarlett Evans | p | Evans Events | Wedding and party planning | events; planning | branding | prospect | 1
Ironworks CrossFit | b | Jack Turner | CrossFit classes and personal training | fitness | ads; social | prospect | 1
Violet Park Pharmacy | b | Zoey Patel | Pharmacy, travel clinic and health checks | pharmacy; healthcare | seo | prospect | 2
Hudson & Lane Realty | b | Julian Hudson | Home sales and lettings | real estate | branding; web | prospect | 1
Skyline Drone Media | b | Wyatt Collins | Aerial photography and video | photography; video | social | cancelled | 23
Penelope Ward | p | Ward Pilates | Reformer pilates classes | fitness; wellness | web; social | cancelled | 19
Cobblestone Antiques | b | Eleanor Gray | Antique furniture and restoration | antiques; furniture | print; local | cancelled | 66
Mason Reed | p | Reed Plumbing & Heating | Boiler servicing and heating repairs | plumbing; trades | seo | cancelled | 13
`;

const list = (cell: string) => cell.split(';').map((item) => item.trim());

/** The demo's fifty clients, in the order they are created. */
export const DEMO_CLIENTS: readonly DemoClientProfile[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [name, kind, other, sells, sellsTags, tags, status, months] = line.split('|').map((c) => c.trim());
    const isPerson = kind === 'p';
    return {
      kind: isPerson ? 'person' : 'business',
      name: name as string,
      contact: isPerson ? (name as string) : (other as string),
      company: isPerson && other !== '-' ? (other as string) : null,
      sells: sells as string,
      sellsTags: list(sellsTags as string),
      tags: list(tags as string),
      status: status as DemoClientProfile['status'],
      tenureMonths: Number(months),
    };
  });
